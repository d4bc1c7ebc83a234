import { normalizeWord } from './names';
import type { Item } from './narration';

// A feature calls the person it is about by a role the text never gave anyone: "She is ambivalent about that. “…,” the
// novelist said." A role noun the text has not used before is such a fresh description of someone already met; one
// it has used ("Sam Adeyemi, an emergency medical technician", then "the technician") points back to that use. (Who
// it describes, and that they were met before the sentence before, describedAgain decides.)

/** Each word's first item in the text, lower-cased and normalised, made once per text. */
const firstUses = new WeakMap<readonly Item[], Map<string, number>>();

/** Whether the role noun at item `head` is the first use of its word in the text (its plural aside). */
export function isFreshRole(items: readonly Item[], head: number): boolean {
  let first = firstUses.get(items);
  if (!first) {
    first = new Map();
    for (const [i, it] of items.entries()) {
      if (it.kind !== 'word') continue;
      const w = normalizeWord(it.lower).replace(/s$/, '');
      if (!first.has(w)) first.set(w, i);
    }
    firstUses.set(items, first);
  }
  return first.get(normalizeWord(items[head].lower).replace(/s$/, '')) === head;
}
