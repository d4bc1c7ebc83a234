import { COURTESY_TITLES, HONORIFIC_GENDER, roleGender } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isRoleNoun, type PeopleTable, type PersonRecord } from './people';

// A headline or a sentence may give a speaker by a title alone, capitalised as a name: "Governor says crisis was
// caught “too late”", "The Mayor reminded the gallery …, then added: “…”". It is no one called Governor: it is the
// person the text gave that title before it, or failing one (a headline's comes first) the only one it gives it.

/**
 * The role a clause's name [first, last] is when it is one capitalised role noun or title of rank ("said the Canon",
 * "the Major asked"), after an optional "The".
 */
export function titleAlone(items: readonly Item[], first: number, last: number): string | null {
  const from = items[first].lower === 'the' ? first + 1 : first;
  const role = normalizeWord(items[last].lower);
  const title = isRoleNoun(role) || (HONORIFIC_GENDER.has(role) && !COURTESY_TITLES.test(role));
  return from === last && items[last].capital && title ? role : null;
}

/** The one person the text gives `role` (a title), the last before item `at` or, failing one, the only one at all. */
export function holderOfTitle(table: PeopleTable, at: number, role: string): PersonRecord | null {
  const before = table.antecedent(at, roleGender(role), role, null, true);
  if (before) return before;
  const holders = table.persons.filter((p) => p.roles.has(role) && !table.organisations.has(p));
  return holders.length === 1 ? holders[0] : null;
}
