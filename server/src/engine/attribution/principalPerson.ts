import { DETERMINERS, PRONOUN_GENDER, type Gender } from './lexicon';
import { isFreshRole } from './freshDescriptions';
import { parseName } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonMention, PersonRecord } from './people';

// A profile, an obituary or a feature is about one person: the one its opening names first ("Annick Dunmore, the
// marine biologist who …, has died") and names most often. A description the text gave no one else ("the
// 83-year-old" in an obituary of a woman of 84) is most often theirs.

/** How many sentences from the text's start the principal person must be named within. */
export const OPENING_SENTENCES = 2;

/**
 * The person named first in the text's opening sentences, when the text names them (by any of their names) as often
 * as anyone else; null for a text about no one in particular. Read from the names' mentions alone.
 */
export function principalPerson(items: readonly Item[], table: PeopleTable): PersonRecord | null {
  // A name, not a he/she or a role phrase ("The coach") the table took for a mention.
  const named = (m: PersonMention) => items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower) && !DETERMINERS.has(items[m.item].lower);
  const first = table.mentions.find((m) => named(m) && !table.organisations.has(m.person));
  if (!first || items[first.item].sentence >= (items[0]?.sentence ?? 0) + OPENING_SENTENCES) return null;
  const counts = new Map<PersonRecord, number>();
  for (const m of table.mentions) if (named(m)) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const own = counts.get(first.person) ?? 0;
  // One named as often as the opening's person, when that is more than once, is not the one the text is about ahead
  // of them: the opening is (a text naming everyone once is about no one).
  for (const [p, n] of counts) if (p !== first.person && (n > own || (n === own && own < 2))) return null;
  return first.person;
}

/** Whether the text calls `p` by their surname alone, as news does the one it is about (fiction, by a given name). */
export function calledBySurname(p: PersonRecord): boolean {
  const surname = p.core[p.core.length - 1];
  return p.core.length > 1 && [...p.aliases].some((a) => parseName(a).core.join(' ') === surname);
}

/** The principal person of each text, read once, when first asked. */
const principals = new WeakMap<PeopleTable, { principal: PersonRecord | null }>();

/** principalPerson of the text `table` was learnt from, read once (`items` are that text's). */
export function principalOf(items: readonly Item[], table: PeopleTable): PersonRecord | null {
  let read = principals.get(table);
  if (!read) principals.set(table, (read = { principal: principalPerson(items, table) }));
  return read.principal;
}

/**
 * "Ruth Kellaway found out her novel had been banned … “…,” the novelist said": a plain role phrase no one was given
 * ("the <role>" at item `the`), of a gender that fits, is the principal person's, when the text gave them no other
 * role and calls them by their surname (fiction brings in its surgeons and nurses by such phrases), and the role's
 * noun is new to the text ("Neighbours gathered … said one … the neighbour added" is one of them).
 */
export function principalOfRole(items: readonly Item[], table: PeopleTable, the: number, gender: Gender | null): PersonRecord | null {
  const principal = principalOf(items, table);
  if (!principal || principal.roles.size > 0 || !calledBySurname(principal) || !isFreshRole(items, the + 1)) return null;
  const g = table.gender(principal);
  return !gender || !g || g === gender ? principal : null;
}
