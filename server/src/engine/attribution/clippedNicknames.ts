import { GIVEN_NAME_GENDER } from './givenNames';
import { FUNCTION_WORDS } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isNarrator, type PeopleTable, type PersonRecord } from './people';
import { shownApart } from './surnameNicknames';

// A nickname is often the name cut short with no pet ending: Mrs. Otterburn is "the Otter" to the riverbank, Timothy
// "Moth" to his friends. A one-word name that opens a word of one full name, or (four letters or more) lies inside
// its given name, is that person's when only one person fits and the text never shows the two apart: named in one
// sentence, tied as relatives, of two sexes.

/** The shortest clip read as a nickname: "Otter", "Moth"; "Ot" or "Ann" are too little to tell. */
const MIN_CLIP = 3;

/** A clip from inside a given name needs more letters: "Moth" of Timothy, "Beth" of Elizabeth. */
const MIN_INNER_CLIP = 4;

/** Makes one person of a one-word nickname and the one full name it is cut from. */
export function learnClippedNicknames(items: readonly Item[], table: PeopleTable): void {
  for (const nick of [...table.persons]) {
    if (!mayBeClip(table, nick)) continue;
    const word = normalizeWord(nick.core[0]);
    const bearers = table.persons.filter((p) => p !== nick && p.core.length > 1 && !isNarrator(p) && !table.organisations.has(p) && cutFrom(word, p));
    if (bearers.length !== 1) continue;
    const [named] = bearers;
    if (shownApart(items, table, nick, named)) continue;
    table.merge(named, nick);
  }
}

/** A lone name of no title, no given name nor word of grammar: "Otter", not "Ann" or "Will". */
function mayBeClip(table: PeopleTable, p: PersonRecord): boolean {
  if (p.core.length !== 1 || p.honorificGender || isNarrator(p) || table.organisations.has(p)) return false;
  const word = normalizeWord(p.core[0]);
  return word.length >= MIN_CLIP && !GIVEN_NAME_GENDER.has(word) && !FUNCTION_WORDS.has(word);
}

/** Whether `word` opens a longer word of `p`'s name, or lies inside their given name. */
function cutFrom(word: string, p: PersonRecord): boolean {
  const names = p.core.map(normalizeWord);
  if (names.some((n) => n.length > word.length && n.startsWith(word))) return true;
  return word.length >= MIN_INNER_CLIP && names[0].length > word.length + 1 && names[0].indexOf(word) > 0;
}

