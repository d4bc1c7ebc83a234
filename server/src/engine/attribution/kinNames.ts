import { normalizeWord } from './names';
import { KIN_ADDRESS, type PeopleTable } from './people';

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
    if (holders.length === 1) table.merge(holders[0], called);
  }
}
