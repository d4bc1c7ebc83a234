import { GENERIC_PERSON_NOUNS, type Gender } from './lexicon';
import { COMPARED_AGES } from './kinship';
import { comparedByGivenAge } from './agedPhrases';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// A grandfather and his grandson talk, and the reporter tells them apart by age: "“It isn't terrible,” the older man
// said." Of the two people of that gender the text mentioned last, the one its kin ties make the elder (or younger),
// else the one of the greater (or lesser) age the text gave.

/** How many mentions back the two compared are sought. */
const REACH = 12;

/** "the older man", "the younger woman" (items `first`..`last`): the one of the last two of its gender the ties rank so. */
export function relativeComparedByAge(items: readonly Item[], table: PeopleTable, first: number, last: number, gender: Gender | null): PersonRecord | null {
  const age = items[first + 1]?.lower ?? '';
  if (items[first].lower !== 'the' || last !== first + 2 || !COMPARED_AGES.test(age) || !GENERIC_PERSON_NOUNS.has(items[last].lower)) return null;
  const end = table.mentionsBefore(items[first].start);
  const recent: PersonRecord[] = [];
  for (let k = end - 1; k >= 0 && k >= end - REACH && recent.length < 2; k--) {
    const p = table.mentions[k].person;
    if (!recent.includes(p) && (!gender || table.gender(p) === gender)) recent.push(p);
  }
  return recent.length === 2 ? (table.kinship.comparedByAge(recent, age) ?? comparedByGivenAge(items, table, recent, age, first)) : null;
}
