import { bodyOpening, inHeading } from './headings';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isRoleNoun, type PeopleTable, type PersonRecord } from './people';

// A news story's opening withholds names: "… were jailed on Friday after a judge said they had treated the docks as
// “…”" is the one judge the story names further down ("Sentencing them, Judge Rosalind Achterberg said"). Only in
// the opening, before anyone holding the role was named, and only when the text gives that role to one person.

/** How many paragraphs open a story at least (a headline, then the first paragraph). */
const OPENING_PARAGRAPHS = 2;

/**
 * Whether item `k` stands in the story's opening, whose descriptions withhold names the story gives further down. The
 * opening runs past its headline, standfirst and byline to the body's first paragraph.
 */
export const inOpening = (items: readonly Item[], k: number): boolean =>
  items[k].paragraph <= Math.max(items[0].paragraph + OPENING_PARAGRAPHS - 1, bodyOpening(items));

/**
 * The person the text names with the role heading the phrase [first, last] after it, if the phrase opens the story:
 * an indefinite "a judge", a definite phrase however qualified ("the committee’s chair called it …" of "Cllr Margaret
 * Ellery, the Conservative chair"), or a body's "its chief executive" (a lede speaks of the firm, then of its officer).
 * The one holder; of several, for a qualified phrase, the first named after it: a story explains its lede before it
 * brings in others of that role.
 */
export function ledeRoleHolder(items: readonly Item[], table: PeopleTable, first: number, last: number): PersonRecord | null {
  const role = normalizeWord(items[last].lower);
  // A headline's role has no article: "“…,” vows mayor".
  const shape = last === first + 1 || /^(?:the|its|their)$/.test(items[first].lower) || inHeading(items, first);
  if (!isRoleNoun(role) || !shape || !inOpening(items, first)) return null;
  const holders = new Set(table.persons.filter((p) => p.roles.has(role) && !table.organisations.has(p)));
  // A bare "the minister" among two ministers is either; a qualified one ("the committee’s chair") is one office.
  const qualified = last > first + 1 || /^(?:its|their)$/.test(items[first].lower);
  if (holders.size === 0 || (holders.size > 1 && !qualified)) return null;
  if (table.mentionsWithin(0, first - 1).some((m) => holders.has(m.person))) return null;
  return table.mentionsWithin(last + 1, items.length - 1).find((m) => holders.has(m.person))?.person ?? null;
}
