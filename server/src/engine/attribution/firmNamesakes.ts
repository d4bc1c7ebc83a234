import { ageAfterName } from './ageNouns';
import { SPEECH_VERBS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// A firm often bears its founder's family's name: "Fairbairn Stores … Margaret Fairbairn, the founder's granddaughter,
// … Fairbairn, 71, said she backed the chief executive". The people table reads a lone "Fairbairn" as the one it last
// called so (the firm, a name the word opens); written as a person's, with an age in apposition or a he/she right
// after its speech verb, it is the person whose surname it is, named before: no firm has an age or a gender, and news
// calls a person by the surname.

/** Whether the lone name at item `at` is written as a person's: "Fairbairn, 71,", "Fairbairn said she …". */
function writtenAsPerson(items: readonly Item[], table: PeopleTable, at: number): boolean {
  if (ageAfterName(items, table, at) !== null) return true;
  const verb = items[at + 1];
  return isWord(verb) && SPEECH_VERBS.has(verb.lower) && /^(?:he|she)$/.test(items[at + 2]?.lower ?? '');
}

/** The person, no firm, named in full before item `at` whose surname is `word`, the latest mentioned. */
function personOfSurname(table: PeopleTable, word: string, at: number): PersonRecord | null {
  const bearers = table.sharingAWord([word]).filter((p) => p.core.length > 1 && normalizeWord(p.core[p.core.length - 1]) === word && !table.organisations.has(p));
  if (bearers.length === 0) return null;
  const before = table.mentionsWithin(0, at - 1);
  for (let k = before.length - 1; k >= 0; k--) if (bearers.includes(before[k].person)) return before[k].person;
  return null;
}

/** Gives each lone name the table read as a firm or a name it opens, where the text writes it as a person's, to the person of that surname. */
export function settleFirmNamesakes(items: readonly Item[], table: PeopleTable): void {
  for (const m of [...table.mentions]) {
    const word = normalizeWord(items[m.item].text);
    // The name the table read it as opens on the word ("Fairbairn Stores"), where a person's surname would end it.
    const opens = m.person.core.length > 1 && normalizeWord(m.person.core[0]) === word;
    if (!opens && !table.organisations.has(m.person)) continue;
    const run = table.runAfter(m.item);
    if (!run || run[0] !== m.item || run[1] !== m.item || !writtenAsPerson(items, table, m.item)) continue;
    const person = personOfSurname(table, word, m.item);
    if (person) table.giveLoneName(m.item, person);
  }
}
