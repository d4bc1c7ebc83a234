import { normalizeWord } from './names';
import { KIN_ADDRESS, type PeopleTable, type PersonRecord } from './people';
import { fatherByPatronymic } from './russianNames';

// "Jean was my mother. … Mum died, Dad.": family fiction calls a parent or grandparent by what the children call them
// ("Mum", "Gran") as though it were a name. The one person the text made that relative ("my mother", "their mother")
// is the one so called, not a second person who happens to be named Mum.

/** Makes each person the table knows only by a kin call one with the single holder of that kin role, if one. */
export function learnKinNames(table: PeopleTable): void {
  for (const called of [...table.persons]) {
    if (called.core.length !== 1 || called.roles.size > 0) continue;
    const kin = KIN_ADDRESS.get(normalizeWord(called.core[0].toLowerCase()));
    if (!kin) continue;
    const holders = table.persons.filter((p) => p !== called && (p.roles.has(kin) || p.roles.has(`my ${kin}`)));
    const parent = holders.length === 0 ? ((kin === 'father' ? patronymicFather(table.persons) : null) ?? titledParent(table.persons, kin)) : null;
    if (holders.length === 1 || parent) table.merge(holders[0] ?? parent, called);
  }
}

/**
 * "Papa" in a Russian family: the one person whose given name the patronymic of two others or more is made of, brother
 * and sister. One child alone is no family shown: a son is often named for his grandfather, so that "Nikolai
 * Arkadyevich" could be Arkady Nikolaevich's father by the names alone.
 */
function patronymicFather(persons: readonly PersonRecord[]): PersonRecord | null {
  const fathers = persons.filter((f) => persons.filter((c) => c !== f && fatherByPatronymic(f.core, c.core)).length > 1);
  return fathers.length === 1 ? fathers[0] : null;
}

/** The courtesy title a parent of each sex is known by in a family the text names by title and surname. */
const PARENT_TITLES: ReadonlyMap<string, string> = new Map([['father', 'mr'], ['mother', 'mrs']]);

/**
 * "Papa" among Mr. Hollis and Miss Jane and Lucy Hollis: the one person the text knows only as Mr. (or,
 * for "Mamma", Mrs.) and a surname others given their first names share, the household's head as the children's
 * elders and the narration call him.
 */
function titledParent(persons: readonly PersonRecord[], kin: string): PersonRecord | null {
  const title = PARENT_TITLES.get(kin);
  if (!title) return null;
  const surname = (p: PersonRecord) => normalizeWord(p.core[p.core.length - 1]);
  const parents = persons.filter((p) => p.core.length === 1 && p.roles.has(title) && persons.some((c) => c !== p && c.core.length > 1 && surname(c) === surname(p)));
  return parents.length === 1 ? parents[0] : null;
}
