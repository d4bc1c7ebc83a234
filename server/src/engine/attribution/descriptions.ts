import { roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';

/** How far back a he/she looks for a description: about a paragraph of narration. */
const REACH = 80;

/**
 * "The young lady looked at him. “…,” she said.": for a he/she that refers to no one the text names, the description
 * of that gender the narration last gave (a definite noun phrase with a gendered person noun), as written.
 */
export function describedBefore(items: readonly Item[], at: number, gender: Gender, original: string): string | null {
  for (let i = at - 1; i >= 0 && i >= at - REACH; i--) {
    if (items[i].kind !== 'word' || items[i].lower !== 'the') continue;
    for (let j = i + 1; j <= i + 3 && j < at; j++) {
      const it = items[j];
      if (it.kind !== 'word' || it.capital || it.sentence !== items[i].sentence) break;
      const head = normalizeWord(it.lower);
      const g = roleGender(head);
      if (g === null) continue;
      if (g !== gender || /['’]s$/u.test(it.text)) break;
      const text = original.slice(items[i].start, it.end);
      return text[0].toLowerCase() + text.slice(1);
    }
  }
  return null;
}
