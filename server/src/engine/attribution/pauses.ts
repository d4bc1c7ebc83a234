import { PRONOUN_GENDER, type Gender } from './lexicon';
import { sentenceStart, type Item } from './narration';
import type { PeopleTable } from './people';

// "He stopped to refill his pipe, and nobody said anything." then an uncued turn: one the narration has break off
// takes up their words again; a listener stirring after it ("He stopped again. The doctor leaned forward.") does not
// take the floor from them.

const PAUSES = /^(?:stopped|paused|hesitated)$/;

/** How many words a name before the verb may run to ("Jasper Wrenfield paused"). */
const NAME_REACH = 3;

/** Who pauses: a name, or a he/she, which right after someone's turn is that speaker whoever else it could be. */
export type Pause = { readonly name: string } | { readonly pronoun: Gender };

/** The one the narration between items `first` and `last` has stop or pause ("He paused.", "Mara stopped again"). */
export function pauseIn(items: readonly Item[], table: PeopleTable, [first, last]: readonly [number, number]): Pause | null {
  for (let k = last; k > first; k--) {
    if (items[k].kind !== 'word' || !PAUSES.test(items[k].lower)) continue;
    const floor = Math.max(first, sentenceStart(items, k, first), k - NAME_REACH);
    for (let j = k - 1; j >= floor; j--) {
      if (j === k - 1 && (items[j].lower === 'he' || items[j].lower === 'she')) return { pronoun: PRONOUN_GENDER.get(items[j].lower)! };
      const mention = table.mentionAt(j);
      if (mention) return { name: mention.person.name };
      // Only the words of the subject's own name lie between it and the verb.
      if (items[j].kind !== 'word' || !items[j].capital) break;
    }
  }
  return null;
}
