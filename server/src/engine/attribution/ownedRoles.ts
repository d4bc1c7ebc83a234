import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { roleKeys, type PeopleTable, type PersonRecord } from './people';

// A possessive ties two people: "the prime minister’s official spokesman" speaks for the prime minister and
// "Reddaway’s lawyer" for Reddaway, so neither phrase is ever the one its possessive names.

const POSSESSIVE = /['’]s?$/u;

/**
 * Whether the description [first, last] is owned by `person`: a possessive inside it ("the prime minister’s
 * spokesman", "Reddaway’s lawyer") names them by a role they hold or by a name the text gives them.
 */
export function ownedBy(items: readonly Item[], table: PeopleTable, first: number, last: number, person: PersonRecord): boolean {
  // "his mother’s voice" is the mother's own (a voice speaks for its owner).
  if (normalizeWord(items[last].lower) === 'voice') return false;
  for (let k = first; k < last; k++) {
    if (!isWord(items[k]) || !POSSESSIVE.test(items[k].text)) continue;
    if (table.mentionAt(k)?.person === person) return true;
    // The owner's words run back from the possessive to the phrase's determiner.
    const from = items[first].capital || /^(?:the|a|an)$/.test(items[first].lower) ? first + 1 : first;
    const words = items.slice(from, k + 1).filter(isWord);
    if (words.some((w) => w.capital)) {
      const named = table.mentionsWithin(from, k).some((m) => m.person === person);
      if (named) return true;
      continue;
    }
    const role = roleKeys(words.map((w) => normalizeWord(w.lower))).pop();
    if (role && person.roles.has(role)) return true;
  }
  return false;
}

/**
 * Whether the description [first, last] holds its role as someone else's: a possessive before its head ("the prime
 * minister’s spokesman", "the mayor’s driver"). Such a phrase brings a person in by that tie, as "his father" does, so it
 * never calls back whoever was just named or is salient for its gender.
 */
export function heldAsAnothers(items: readonly Item[], first: number, last: number): boolean {
  return items.slice(first + 1, last).some((it) => isWord(it) && POSSESSIVE.test(it.text));
}
