import { normalizeWord } from './names';
import type { Item } from './narration';
import { isRoleNoun, type PeopleTable, type PersonRecord } from './people';

// A news story's opening withholds names: "… were jailed on Friday after a judge said they had treated the docks as
// “…”" is the one judge the story names further down ("Sentencing them, Judge Rosalind Achterberg said"). Only in
// the opening, before anyone holding the role was named, and only when the text gives that role to one person.

/** How many paragraphs open a story (a headline, then the first paragraph). */
const OPENING_PARAGRAPHS = 2;

/** Whether item `k` stands in the story's opening, whose descriptions withhold names the story gives further down. */
export const inOpening = (items: readonly Item[], k: number): boolean => items[k].paragraph < items[0].paragraph + OPENING_PARAGRAPHS;

/**
 * The one person the text gives the role heading the phrase [first, last], if it opens the story: an indefinite "a
 * judge", or a definite phrase however qualified ("the committee’s chair called it …" of "Cllr Margaret Ellery, the
 * Conservative chair").
 */
export function ledeRoleHolder(items: readonly Item[], table: PeopleTable, first: number, last: number): PersonRecord | null {
  const role = normalizeWord(items[last].lower);
  const shape = last === first + 1 || items[first].lower === 'the';
  if (!isRoleNoun(role) || !shape || !inOpening(items, first)) return null;
  let holder: PersonRecord | null = null;
  for (const p of table.persons) {
    if (!p.roles.has(role) || table.organisations.has(p)) continue;
    if (holder) return null;
    holder = p;
  }
  if (!holder || table.mentionsWithin(0, first - 1).some((m) => m.person === holder)) return null;
  return holder;
}
