import type { Person } from '../types';
import { AGENT_NOUN, BODY_NOUNS, HONORIFIC_GENDER, ORGANISATION_WORDS, PRONOUN_GENDER, ROLE_GENDER, type Gender } from './lexicon';
import { GIVEN_NAME_GENDER, isPetFormOf } from './givenNames';
import { patronymicForm } from './russianNames';

/** A personal name split into the titles before it and the name proper ("President" + "Vladimir Putin"). */
export interface ParsedName {
  readonly titles: readonly string[];
  readonly core: readonly string[];
  readonly gender: Gender | null;
  /** Letters after the name ("MP", "KC", "OBE"): offices the person holds, no part of the name. */
  readonly after: readonly string[];
}

/** Lower-case words inside a name ("van der Wal", "bin Rashid", "de la Fuente"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'del']);

const PLAIN = /^[a-z]+$/;

export function normalizeWord(word: string): string {
  // Most words are plain lower-case letters already; the others are few and recur.
  if (PLAIN.test(word)) return word;
  let n = normalized.get(word);
  if (n === undefined) {
    if (normalized.size > 10000) normalized.clear();
    n = normalizeUncached(word);
    normalized.set(word, n);
  }
  return n;
}

const normalized = new Map<string, string>();

function normalizeUncached(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s$/u, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

export function isTitleWord(word: string): boolean {
  return HONORIFIC_GENDER.has(normalizeWord(word));
}

/** The title a rank joined by a hyphen ends in ("Lance-Corporal", "Detective-Inspector"), else the word itself. */
export function rankTitle(word: string): string {
  const dash = word.lastIndexOf('-');
  const last = dash > 0 ? word.slice(dash + 1) : '';
  return last && HONORIFIC_GENDER.has(last) ? last : word;
}

const parsed = new Map<string, ParsedName>();

export function parseName(name: string): ParsedName {
  let p = parsed.get(name);
  if (!p) {
    // Bounded: a long-lived server parses the names of many documents.
    if (parsed.size > 10000) parsed.clear();
    p = parseNameUncached(name);
    parsed.set(name, p);
  }
  return p;
}

/** Titles of address, which a name of one letter keeps apart as any surname: "Mr X". */
const ADDRESS = /^(?:mr|mrs|ms|miss|mx|dr|sir|lady|lord|dame|madam|madame|mme|prof)$/;

/** Letters after a name for an office, an honour or a generation: "KC", "MP", "OBE", "Jr.". */
const POST_NOMINAL = /^(?:[JjSs]r|II|III|IV|KC|QC|SC|MP|MSP|MEP|MS|TD|OBE|MBE|CBE|KBE|DBE|PhD|MD|FRS|JP|Esq)\.?,?$/;

/** "mum-of-three", "father-of-two", "grandmother-of-12". */
const COUNTED_PARENT = /^\p{L}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/u;

function parseNameUncached(name: string): ParsedName {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  let cut = 0;
  let gender: Gender | null = null;
  for (let i = 0; i < words.length - 1; i++) {
    const w = rankTitle(normalizeWord(words[i]));
    // "Novelist Ada Perrin" opening a sentence: a role before a name of two words or more is a title too.
    // "Mum-of-three Kerry Dale": a parent counted by their children, as tabloids write one, is what someone is.
    const leadingRole = i === 0 && words.length > 2 && (AGENT_NOUN.test(w) || COUNTED_PARENT.test(w));
    // "Dean Whitlock": a role word that is also a common given name, before a surname alone, is the given name.
    const givenName = i === 0 && words.length === 2 && GIVEN_NAME_GENDER.has(w);
    const isTitle = (HONORIFIC_GENDER.has(w) || ROLE_GENDER.has(w) || leadingRole || (w === 'of' && i > 0 && !isByname(words, cut))) && !givenName;
    if (!isTitle && !/^\p{Lu}\p{Ll}*(?:an|ian|ese|ish|i)$/u.test(words[i])) continue;
    if (!isTitle && !words.slice(i + 1, -1).some((x) => isTitleWord(x) || ROLE_GENDER.has(normalizeWord(x)))) continue;
    cut = i + 1;
    gender = HONORIFIC_GENDER.get(w) ?? ROLE_GENDER.get(w) ?? gender;
  }
  // "Nurse B", "Witness A": a letter alone is a cipher the title is part of, the one name the text gives ("Mr X" is
  // named so as "Mr Smith" is).
  if (cut > 0 && cut === words.length - 1 && /^\p{Lu}\.?$/u.test(words[cut]) && !ADDRESS.test(normalizeWord(words[cut - 1]))) cut--;
  // "The Refugee Council": a role noun before a body's own noun alone names the body, no one called Council ("Mrs.
  // Hall", a title of address before one, is a person).
  if (cut > 0 && words.slice(cut).every((w) => ORGANISATION_WORDS.has(normalizeWord(w))) && !words.slice(0, cut).some(isTitleWord)) cut = 0;
  const core = words.slice(cut, isByname(words, cut) ? -2 : words.length);
  // "Patricia Venn KC", "Ian Moss OBE", "Ed Kerr Jr.": letters after a name are no part of it.
  const after: string[] = [];
  while (core.length > 1 && POST_NOMINAL.test(core[core.length - 1])) after.unshift(core.pop()!.replace(/[.,]$/, ''));
  return { titles: words.slice(0, cut), core: core.length > 0 ? core : words.slice(-1), gender, after };
}

/**
 * "Edric of Thornwick", "Sir Edric of Thornwick": one name, after titles of address if any, then "of" and one place, is
 * a byname ("Joan of Arc"); the name proper is the one before "of". A body's name ("Board of Assessment", "Ministry of
 * Environment and Forests") is not.
 */
function isByname(words: readonly string[], cut: number): boolean {
  if (words.length !== cut + 3 || words[cut + 1] !== 'of' || !words.slice(0, cut).every(isTitleWord)) return false;
  const [name, place] = [words[cut], words[cut + 2]];
  const body = (w: string) => ORGANISATION_WORDS.has(w) || BODY_NOUNS.has(w);
  return /^\p{Lu}\p{Ll}+$/u.test(name) && /^\p{Lu}\p{Ll}+$/u.test(place) && !body(name.toLowerCase());
}

const keys = new Map<string, string[]>();

function coreKeys(name: string): string[] {
  let k = keys.get(name);
  if (!k) {
    if (keys.size > 10000) keys.clear();
    k = parseName(name).core.map(normalizeWord).filter((w) => !NAME_PARTICLES.has(w) && !/^\p{L}$/u.test(w));
    keys.set(name, k);
  }
  return k;
}

/** Whether two full names differ only in a first name one gives as the other's pet form ("Cliff", Clifford). */
function sameButPetFirst(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.slice(1).some((w, i) => w !== b[i + 1])) return false;
  return isPetFormOf(a[0], b[0]) || isPetFormOf(b[0], a[0]);
}

function namesAgree(a: string, b: string): boolean {
  const ka = coreKeys(a);
  const kb = coreKeys(b);
  if (ka.length === 0 || kb.length === 0) return false;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  // "Carrie" and Caroline Meeber, "Junie" and Juniper: a lone pet name agrees with a name whose first name it stands for.
  if (short.length === 1 && (isPetFormOf(short[0], long[0]) || (long.length === 1 && isPetFormOf(long[0], short[0])))) return true;
  // "Cliff Mayhew" and Clifford Mayhew: a full name whose pet first name stands for the other's, the rest alike.
  if (short.length === long.length && short.length > 1 && sameButPetFirst(short, long)) return true;
  // "Anna Sergeyevna" and Anna Sergeyevna Vereshchagina: a given name and patronymic is the full name without its surname.
  if (patronymicForm(short, long)) return true;
  if (!short.every((w) => long.includes(w))) return false;
  // Mr. Bennet and Mrs. Bennet share a surname, not an identity.
  const ga = parseName(a).gender;
  const gb = parseName(b).gender;
  if (ga && gb && ga !== gb) return false;
  // A lone name agrees with a full name on its surname or its first name; two full names must share the surname.
  return short.length === 1 ? short[0] === long[long.length - 1] || short[0] === long[0] : short[short.length - 1] === long[long.length - 1];
}

/** sameName's answers by first name, then second: a text with many namesakes tries each against all of them, again and again. */
const agreed = new Map<string, Map<string, boolean>>();
let agreedPairs = 0;

/** Whether two names, as written, denote the same person. */
function sameName(a: string, b: string): boolean {
  let answers = agreed.get(a);
  let same = answers?.get(b);
  if (same !== undefined) return same;
  // Bounded, as parseName's: a long-lived server reads the names of many documents.
  if (agreedPairs > 10000) {
    agreed.clear();
    agreedPairs = 0;
    answers = undefined;
  }
  if (!answers) agreed.set(a, (answers = new Map()));
  // Written alike, the same (this covers names with no proper part, such as the narrator "I").
  same = (a.trim().length > 0 && a.trim().toLowerCase() === b.trim().toLowerCase()) || namesAgree(a, b);
  answers.set(b, same);
  agreedPairs++;
  return same;
}

/** True when two names denote the same person ("Putin", "Vladimir Putin", "President Putin", "PUTIN"). */
export function samePerson(a: string, b: string, people?: readonly Person[]): boolean {
  if (sameName(a, b)) return true;
  if (!people) return false;
  const forms = (n: string) => people.filter((p) => [p.name, ...p.aliases].some((x) => x.toLowerCase() === n.trim().toLowerCase()));
  const pa = forms(a);
  const pb = forms(b);
  return pa.some((p) => pb.includes(p)) || pa.some((p) => namesAgree(p.name, b)) || pb.some((p) => namesAgree(p.name, a));
}

/** The right name written the way the draft wrote the wrong one: surname for a surname or pronoun, a title kept. */
export function nameInStyleOf(canonical: string, draftMention: string): string {
  const right = parseName(canonical);
  const surname = right.core[right.core.length - 1];
  const mention = draftMention.trim();
  if (PRONOUN_GENDER.has(mention.toLowerCase()) || /^(they|it|i|we)$/i.test(mention)) return surname;
  const written = parseName(mention);
  const titles = written.titles.length > 0 ? written.titles.join(' ') + ' ' : '';
  if (written.core.length === 1) return titles + surname;
  return titles + right.core.join(' ');
}
