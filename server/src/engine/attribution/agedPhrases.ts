import { ageAfterName, ageBefore, ageOfNoun } from './ageNouns';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// News calls people by their age ("the 46-year-old said"), and only by the age it gave them: "the 83-year-old" is not
// the granddaughter it wrote as "Meg Dunmore, 19,".

/** How far back (in items, about a long article) a person's written age is sought. */
const LOOKBACK = 3000;

/** The N of an "N-year-old" phrase [first, last] ("the 46-year-old", "the 46-year-old nurse"), if it is one. */
export function ageOfPhrase(items: readonly Item[], first: number, last: number): string | null {
  if (items[first].lower !== 'the') return null;
  return first < last && items[first + 1] ? ageOfNoun(items[first + 1].lower) : null;
}

/** Whether the text gave `person` an age other than that of the age phrase [first, last] before it. */
export function agedOtherwise(items: readonly Item[], table: PeopleTable, first: number, last: number, person: PersonRecord): boolean {
  const age = ageOfPhrase(items, first, last);
  const given = age === null ? null : givenAge(items, table, person, first);
  return given !== null && given !== age;
}

/** The age the text wrote with `person`'s name before item `at`, if it wrote one. */
export function givenAge(items: readonly Item[], table: PeopleTable, person: PersonRecord, at: number): string | null {
  for (const m of table.mentionsWithin(Math.max(0, at - LOOKBACK), at - 1)) {
    if (m.person !== person) continue;
    const given = ageAfterName(items, table, m.item) ?? ageBefore(items, m.item);
    if (given !== null) return given;
  }
  return null;
}

/**
 * "Sean Doyle, 19, … His brother, Niall Doyle, 23, … The younger Doyle": of `candidates`, each written with an age
 * before item `at`, the youngest (or, for older/elder, the eldest); null when one has no age or two share it.
 */
export function comparedByGivenAge(items: readonly Item[], table: PeopleTable, candidates: readonly PersonRecord[], word: string, at: number): PersonRecord | null {
  const ages = candidates.map((p) => Number(givenAge(items, table, p, at) ?? NaN));
  if (ages.some(Number.isNaN)) return null;
  const pick = /^young/.test(word) ? Math.min(...ages) : Math.max(...ages);
  return ages.filter((a) => a === pick).length === 1 ? candidates[ages.indexOf(pick)] : null;
}
