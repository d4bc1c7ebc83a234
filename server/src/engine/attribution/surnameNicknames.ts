import { GIVEN_NAME_GENDER, formalNamesOf } from './givenNames';
import { tiesInRoles } from './kinship';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isCapitalised, isNarrator, type PeopleTable, type PersonRecord } from './people';
import { afterDateline } from './datelines';
import { bodyOpening } from './headings';

// Fiction calls a character by a nickname before the surname as often as by the given name: Arthur Morrow is "Dusty
// Morrow" to his friends, Fergus Mackie "Fudge Mackie". A full name whose first word is no given name, sharing its
// surname with the one full name the text gives a given name, is that person's, unless the text shows two people:
// relatives it ties, both named in one sentence, a title or a sex of the nickname's own. Nor is the one the narration
// brought in as a relative ("Their mother arrived …. Beatriz Castellane took her elder daughter's face"): a family
// shares its surname, and another first word before it is a child's given name, however rare ("Juno Castellane").
// Nor in a reported story, under a dateline or a byline: news names people by their own names and sets a nickname in
// quotation marks ("Theodora “Teddy” Vance"), so "Kerrine Ashby" and "Donna Ashby" there are two people.

/** Makes one person of a nickname and surname and the one given name with that surname. */
export function learnSurnameNicknames(items: readonly Item[], table: PeopleTable): void {
  if (isReportedStory(items)) return;
  for (const nick of [...table.persons]) {
    if (!mayBeNickname(table, nick)) continue;
    const surname = normalizeWord(nick.core[1]);
    const bearers = table.persons.filter((p) => p !== nick && p.core.length === 2 && normalizeWord(p.core[1]) === surname);
    const named = bearers.length === 1 ? bearers[0] : null;
    if (!named || !GIVEN_NAME_GENDER.has(normalizeWord(named.core[0])) || table.organisations.has(named)) continue;
    if (shownApart(items, table, nick, named) || tiesInRoles(named.roles).length > 0) continue;
    table.merge(named, nick);
  }
}

/** Whether the text opens as a news report: a dateline ("VESSENDORF, Switzerland (CP) —") or a byline among its headings. */
function isReportedStory(items: readonly Item[]): boolean {
  const body = bodyOpening(items);
  for (let i = 0; i < items.length && items[i].paragraph <= body; i++) {
    const opens = i === 0 || items[i - 1].paragraph !== items[i].paragraph;
    if (opens && (afterDateline(items, i) > i || (items[i].paragraph < body && items[i].text === 'By' && isCapitalised(items[i + 1])))) return true;
  }
  return false;
}

/** A name of two words whose first is no given name or pet form of one, with no title of its own ("Miss Keziah Polglase"). */
function mayBeNickname(table: PeopleTable, p: PersonRecord): boolean {
  if (p.core.length !== 2 || p.honorificGender || isNarrator(p) || table.organisations.has(p)) return false;
  const first = normalizeWord(p.core[0]);
  return !GIVEN_NAME_GENDER.has(first) && formalNamesOf(first).length === 0 && p.roles.size === 0;
}

/**
 * Whether the text shows a nickname's bearer and a named person to be two people: of two sexes, tied as relatives, or
 * named in one sentence.
 */
export function shownApart(items: readonly Item[], table: PeopleTable, nick: PersonRecord, named: PersonRecord): boolean {
  const [a, b] = [table.gender(nick), table.gender(named)];
  return (!!a && !!b && a !== b) || table.kinship.tied(nick, named) || namedTogether(items, table, nick, named);
}

/** Whether the narration names both in one sentence ("Ned Trewin and Amos Trewin", "the Otter and Mrs. Otterburn"): two people. */
function namedTogether(items: readonly Item[], table: PeopleTable, a: PersonRecord, b: PersonRecord): boolean {
  const sentences = (p: PersonRecord) => new Set(table.mentions.filter((m) => m.person === p && items[m.item].capital).map((m) => m.sentence));
  const of = sentences(a);
  return [...sentences(b)].some((s) => of.has(s));
}
