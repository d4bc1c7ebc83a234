import { GENERIC_PERSON_NOUNS, KIN, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isCapitalised, type PeopleTable, type PersonRecord } from './people';

// Witnesses in news often give a first name only, and the text says so: "a woman who gave her name only as Bea",
// "who would say only that he was called Jay", "identifying himself only as Marcus", "who gave only her first name,
// Denise,". The name after such a phrase is a person's, even when it is no common given name, and the phrase's
// pronoun tells that person's gender.

/** The words before the name, ending right before it, with the pronoun that gives the gender first. */
const NAMING = [
  /\b(his|her) (?:first |given )?name (?:only )?(?:as|was|is)$/,
  /\b(he|she) (?:was|is) (?:called|named)$/,
  /\b(himself|herself) (?:only )?as$/,
];
/** The same words ending before a comma, the name set after it: "who gave only her first name, Denise,". */
const APPOSED_NAMING = /\b(his|her) (?:first|given) name$/;

const LAST_WORDS: ReadonlySet<string> = new Set(['as', 'was', 'is', 'called', 'named']);

const GENDER_OF: Readonly<Record<string, Gender>> = { his: 'm', he: 'm', himself: 'm', her: 'f', she: 'f', herself: 'f' };

/** How many words before a name a naming phrase is read over. */
const PHRASE_WORDS = 6;

/** The gender a naming phrase ending right before item `i` gives, when one does ("her name only as" → f). */
function namedBy(items: readonly Item[], i: number): { gender: Gender; pronoun: number | null } | null {
  const it = items[i];
  const apposed = items[i - 1]?.text === ',' && items[i - 2]?.lower === 'name';
  const end = apposed ? i - 2 : i - 1;
  // Every phrase ends in one of these words: most capitalised words are let go at once.
  if (!isWord(items[end]) || !(apposed || LAST_WORDS.has(items[end].lower)) || items[end].sentence !== it.sentence) return null;
  const before: string[] = [];
  for (let k = end; k >= 0 && k >= end - PHRASE_WORDS + 1 && isWord(items[k]) && items[k].sentence === it.sentence; k--) before.unshift(items[k].lower);
  const words = before.join(' ');
  for (const re of apposed ? [APPOSED_NAMING] : NAMING) {
    const m = re.exec(words);
    // The pronoun's item: as many words back from the name as the match reaches.
    if (m) return { gender: GENDER_OF[m[1]], pronoun: end + 1 - words.slice(m.index).split(' ').length };
  }
  return null;
}

/**
 * "Nandakumar's brother, Arun, who …": a relative the text calls by a first name alone, between commas after an
 * owner's kin noun, with the gender of that noun.
 */
function relativeNamed(items: readonly Item[], i: number): { gender: Gender; pronoun: null } | null {
  if (items[i - 1]?.text !== ',') return null;
  const [kin, owner, after] = [items[i - 2], items[i - 3], items[i + 1]];
  if (!isWord(kin) || kin.capital || !KIN.has(normalizeWord(kin.lower)) || !isWord(owner) || after?.text !== ',') return null;
  if (!/^(?:his|her|their)$/.test(owner.lower) && !/['’]s$/.test(owner.text)) return null;
  const gender = roleGender(normalizeWord(kin.lower));
  return gender ? { gender, pronoun: null } : null;
}

/** How many words a description may take before its "who": "a broad-shouldered major in his forties who". */
const DESCRIPTION_WORDS = 8;

/**
 * "a broad-shouldered major in his forties who asked to be identified only by his first name, Dmytro": the role noun
 * of the indefinite description whose "who" clause holds the naming phrase, its pronoun at item `pronoun`; the name
 * is that description's, so "the major says" later is Dmytro. Null when the clause is no such description's.
 */
function describedBefore(items: readonly Item[], table: PeopleTable, pronoun: number): string | null {
  let who = pronoun - 1;
  while (who > 0 && pronoun - who <= PHRASE_WORDS && isWord(items[who]) && items[who].lower !== 'who') who--;
  if (items[who]?.lower !== 'who') return null;
  let role: string | null = null;
  for (let k = who - 1; k >= 0 && k >= who - DESCRIPTION_WORDS && isWord(items[k]) && items[k].sentence === items[who].sentence; k--) {
    const w = items[k].lower;
    if (/^an?$/.test(w)) return role;
    if (!items[k].capital && table.isRole(w) && !GENERIC_PERSON_NOUNS.has(normalizeWord(w)) && !KIN.has(normalizeWord(w))) role = normalizeWord(w);
  }
  return null;
}

/** Adds the people named by such phrases, with a mention at the name and their gender. */
export function learnNamedAs(items: readonly Item[], table: PeopleTable): void {
  for (let i = 1; i < items.length; i++) {
    if (!isCapitalised(items[i])) continue;
    const named = namedBy(items, i) ?? relativeNamed(items, i);
    const run = named ? table.runAfter(i) : null;
    if (!named || !run || run[0] !== i || run[1] - i > 2) continue;
    const person = table.personFor(run[0], run[1]);
    table.addMention(person, i);
    // The phrase's own he or her is that person ("he was called Jay"), whoever came before.
    if (named.pronoun !== null) table.addMention(person, named.pronoun);
    // Counted as pronoun votes are, but outweighing a few: the text says outright whose name it is.
    person.votes[named.gender] += 3;
    const role = named.pronoun !== null ? describedBefore(items, table, named.pronoun) : null;
    if (role) person.roles.add(role);
    i = run[1];
  }
}

/** Whether a naming phrase gives a name between items `from` and `to` ("A woman who gave her name only as Bea said"). */
export function givesNameWithin(items: readonly Item[], from: number, to: number): boolean {
  return nameGivenWithin(items, from, to) >= 0;
}

/** The item of the first name a naming phrase gives between items `from` and `to`, else -1. */
function nameGivenWithin(items: readonly Item[], from: number, to: number): number {
  for (let i = from; i <= to && i < items.length; i++) if (namedBy(items, i)) return i;
  return -1;
}

/** How many items an aside between a description and its speech verb may take. */
const ASIDE_REACH = 24;

/**
 * "One protester, a student who gave her name only as Freya, said": the person an aside between commas right after
 * the indefinite description ending at item `last` names by a naming phrase, the description being theirs.
 */
export function namedInAside(items: readonly Item[], table: PeopleTable, last: number): PersonRecord | null {
  if (items[last + 1]?.text !== ',') return null;
  let close = last + 2;
  while (close < last + ASIDE_REACH && items[close] && items[close].text !== ',' && items[close].sentence === items[last].sentence) close++;
  if (items[close]?.text !== ',') return null;
  const at = nameGivenWithin(items, last + 2, close - 1);
  return at >= 0 ? (table.mentionAt(at)?.person ?? null) : null;
}
