import { PRONOUN_GENDER } from './lexicon';
import { normalizeWord } from './names';
import { isWord, sentenceStart, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "The Judge was no judge. He had been called that so long he had forgotten his Christian name was Ambrose, and the
// only time he used his surname, which was Tate, was to sign for his mail": fiction may give a character's name in
// parts, each owned by the same his/her. Together they are that person's full name, and the his/her goes back over
// the sentence openers it continues to the one the paragraph is about: a name, or an epithet the text writes as one
// ("the Judge", a capitalised noun after "the"), which is then that person wherever the text uses it.

/** Words before "name" that make it the given name: "his Christian name was Ambrose". */
const GIVEN_NAME = /^(?:christian|first|given|baptismal)$/;

/** Words before "name" that make it the surname: "her family name was Kerr". */
const FAMILY_NAME = /^(?:family|last)$/;

/** How many sentences back a his/her may go, over openers that are a he/she, to the one it is about. */
const OPENER_REACH = 3;

/** Gives each person whose given name and surname the text states apart the full name, and their epithet. */
export function learnNamesInParts(items: readonly Item[], table: PeopleTable): void {
  for (let i = 1; i + 2 < items.length; i++) {
    const given = namePart(items, i, true);
    if (given < 0) continue;
    const surname = surnameIn(items, i);
    if (surname < 0) continue;
    nameInParts(items, table, i - 1, given, surname);
  }
}

/**
 * The item of the name a possessive at `at - 1` states at `at` ("his Christian name was Ambrose", `given`; "his
 * surname, which was Tate", "her last name was Kerr"), or -1.
 */
function namePart(items: readonly Item[], at: number, given: boolean): number {
  if (!/^(?:his|her)$/.test(items[at - 1].lower)) return -1;
  let k = at;
  if (given ? GIVEN_NAME.test(items[k].lower) && items[k + 1]?.lower === 'name' : items[k].lower === 'surname' || (FAMILY_NAME.test(items[k].lower) && items[k + 1]?.lower === 'name')) k += items[k].lower === 'surname' ? 1 : 2;
  else return -1;
  if (items[k]?.text === ',' && items[k + 1]?.lower === 'which') k += 2;
  if (!/^(?:was|is)$/.test(items[k]?.lower ?? '')) return -1;
  const name = items[k + 1];
  // One capitalised word, the sentence's own: "was Ambrose, and", not "was Ambrose Tate" (a whole name, nicknames.ts).
  return isWord(name) && name.capital && name.sentence === items[at].sentence && !(isWord(items[k + 2]) && items[k + 2].capital) ? k + 1 : -1;
}

/** The item of the surname the same possessive as the given name's at `at - 1` states in its sentence, or -1. */
function surnameIn(items: readonly Item[], at: number): number {
  const own = items[at - 1].lower;
  for (let k = sentenceStart(items, at) + 1; k < items.length && items[k].sentence === items[at].sentence; k++) {
    if (items[k - 1].lower !== own) continue;
    const name = namePart(items, k, false);
    if (name >= 0) return name;
  }
  return -1;
}

/** Makes the one the possessive at `owner` is about the person of the given name at `given` and the surname at `surname`. */
function nameInParts(items: readonly Item[], table: PeopleTable, owner: number, given: number, surname: number): void {
  const about = openerAbout(items, table, owner);
  if (!about) return;
  const first = items[given].text;
  const last = items[surname].text;
  let person = table.mentionAt(given)?.person;
  // "Ambrose" is someone else when the text knows an Ambrose of another surname.
  if (person && person.core.length > 1 && normalizeWord(person.core[person.core.length - 1]) !== normalizeWord(last)) return;
  if (!person) {
    person = table.personFor(given, given);
    table.addMention(person, given);
  }
  const family = table.mentionAt(surname)?.person;
  if (family && family !== person && family.core.length === 1) table.merge(person, family);
  if (typeof about !== 'string') table.merge(person, about);
  if (person.core.length === 1) table.callBy(person, [first, last]);
  if (typeof about === 'string') epithetIs(items, table, about, person);
}

/**
 * Whom the his/her at item `owner` is about: the opener of its sentence, or of one before in its paragraph over
 * openers that are a he/she of its gender, when that is a name (its person) or "the" and a capitalised noun (the noun).
 */
function openerAbout(items: readonly Item[], table: PeopleTable, owner: number): PersonRecord | string | null {
  const gender = PRONOUN_GENDER.get(items[owner].lower);
  let start = sentenceStart(items, owner);
  for (let n = 0; n < OPENER_REACH && items[start].paragraph === items[owner].paragraph; n++) {
    const opener = items[start];
    const noun = items[start + 1];
    if (opener.lower === 'the' && isWord(noun) && noun.capital && !(isWord(items[start + 2]) && items[start + 2].capital)) return normalizeWord(noun.lower);
    const named = opener.capital && !PRONOUN_GENDER.has(opener.lower) ? table.mentionAt(start)?.person : undefined;
    if (named) return named;
    if (!/^(?:he|she)$/.test(opener.lower) || PRONOUN_GENDER.get(opener.lower) !== gender || start === 0) return null;
    start = sentenceStart(items, start - 1);
  }
  return null;
}

/** Gives `person` the epithet `noun`: a role a title alone finds them by, and a mention at each "the Judge". */
function epithetIs(items: readonly Item[], table: PeopleTable, noun: string, person: PersonRecord): void {
  person.roles.add(noun);
  for (let k = 1; k < items.length; k++) {
    const it = items[k];
    if (!isWord(it) || !it.capital || items[k - 1].lower !== 'the' || normalizeWord(it.lower.replace(/['’]s$/u, '')) !== noun) continue;
    const was = table.mentionAt(k)?.person;
    if (!was) table.addMention(person, k);
    else if (was !== person && was.core.length === 1) table.merge(person, was);
  }
}
