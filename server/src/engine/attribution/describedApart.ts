import { PRONOUN_GENDER } from './lexicon';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';
import { wordPositions } from './wordPositions';

// Narration calling one person two ways in one sentence says so ("Mr. Pinhorn, the clergyman,"); a sentence that
// has "the clergyman" do something to or beside Mr. Pinhorn ("The clergyman closed his book and looked at Mr.
// Pinhorn") shows them to be two people, so "said the clergyman" is never Mr. Pinhorn, however salient he is.

/** How many items either side of the description its sentence is read for the name. */
const REACH = 60;

/**
 * Whether some sentence of narration holds "the `noun`" and a name of `person` not set beside it by a comma (an
 * appositive names the description's holder), anywhere in the text.
 */
export function describedApart(items: readonly Item[], table: PeopleTable, noun: string, person: PersonRecord): boolean {
  for (const k of wordPositions(items).get(noun) ?? []) {
    if (items[k - 1]?.lower !== 'the' || items[k].capital) continue;
    const sentence = items[k].sentence;
    const near = table.mentionsWithin(Math.max(0, k - REACH), Math.min(items.length - 1, k + REACH));
    // "Mr. Barnabas Pinhorn, the clergyman," or "the clergyman, Mr. Pinhorn,".
    const apposedBefore = (m: number) => {
      const between = items.slice(m + 1, k - 1);
      return between.every((it) => it.capital || it.text === '.' || it.text === ',') && between.some((it) => it.text === ',');
    };
    const apposed = (m: number) => (m < k ? apposedBefore(m) : items[k + 1]?.text === ',' && m <= k + 3);
    if (near.some((m) => m.person === person && !m.addressed && m.sentence === sentence && isWord(items[m.item]) && !PRONOUN_GENDER.has(items[m.item].lower) && !apposed(m.item))) return true;
  }
  return false;
}
