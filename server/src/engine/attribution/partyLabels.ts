import { GIVEN_NAME_GENDER, petFormGender } from './givenNames';
import { normalizeWord } from './names';
import type { Item } from './narration';

// News writes a politician's party as a label before the name, as it writes a nationality: "National Democrat Greg
// Tregenza", "Republican Ann Ford", "Liberal Democrat Tom Hale". The label says what the person is; it is no part of
// their name.

/** Nouns for a party's members (with whatever qualifies them before: "National", "Liberal", "Social"). */
const PARTY_MEMBER = /^(?:democrat|republican|conservative|tory|socialist|nationalist|unionist|libertarian|communist|centrist|progressive|independent)$/;

/**
 * Where the name opens in the run [first, last] after a party label before a given name and a surname ("National
 * Democrat Greg Tregenza": at Greg), else `first`.
 */
export function afterPartyLabel(items: readonly Item[], first: number, last: number): number {
  for (let k = last - 2; k >= first; k--) {
    const given = normalizeWord(items[k + 1].text);
    if (PARTY_MEMBER.test(normalizeWord(items[k].text)) && (GIVEN_NAME_GENDER.has(given) || petFormGender(given))) return k + 1;
  }
  return first;
}
