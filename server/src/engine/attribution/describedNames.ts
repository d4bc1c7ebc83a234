import { isAgeNoun } from './ageNouns';
import { isKnownPersonNoun } from './clauses';
import type { Item } from './narration';

// "A first-time voter, 18-year-old Lena Ruud, said", "One resident, retired nurse Ada Pryce, said": news names the
// person it has just described in an appositive that may open with their age or with lower-case words ending in a
// person noun, as it does after a speech verb ("said one fan, 61-year-old Brendan Coyle"). The name is the subject.

/** How many lower-case words may describe the name that opens an appositive ("retired primary school teacher Ann Lyle"). */
const DESCRIBED_NAME_REACH = 4;

/**
 * Where the name in the appositive opening at item `at` starts, past an age or lower-case words ending in a person
 * noun before it, no further than item `last`; `at` when no such words stand there.
 */
export function describedNameStart(items: readonly Item[], at: number, last: number): number {
  let k = at;
  while (k <= last && k < at + DESCRIBED_NAME_REACH && items[k].kind === 'word' && !items[k].capital) k++;
  const before = items[k - 1]?.lower ?? '';
  return k > at && k <= last && items[k].kind === 'word' && items[k].capital && (isAgeNoun(before) || isKnownPersonNoun(before)) ? k : at;
}
