import { GIVEN_NAME_GENDER } from './givenNames';
import { FUNCTION_WORDS } from './lexicon';
import { normalizeWord, parseName, samePerson } from './names';

// A name found for someone ("Mrs Halloran", "Castellanos") is labelled in the fullest form the text writes of it
// ("Vanessa Halloran", "Juniper Castellanos"), as a reader names a person once they know the whole name.

/** The sex a name shows by its title or its common given name. */
const sexOf = (name: string) => {
  const parsed = parseName(name);
  return parsed.gender ?? (parsed.core.length > 1 ? GIVEN_NAME_GENDER.get(normalizeWord(parsed.core[0])) : undefined) ?? null;
};

/**
 * The fullest form of `name` among `fullNames`: "Vanessa Halloran" for "Mrs Halloran" or "Vanessa", of the same sex;
 * never one `excluded` (a relative: "Mr. Lusk" is not his brother Leon Lusk), nor, when there are two such names that
 * are not one person's, either.
 */
export function fullestName(name: string, fullNames: readonly string[], excluded: (fuller: string) => boolean): string {
  const sex = sexOf(name);
  const fuller = fullNames.filter((f) => coreWords(f) > coreWords(name) && samePerson(name, f) && !excluded(f) && (!sex || !sexOf(f) || sexOf(f) === sex));
  if (fuller.length === 0 || fuller.some((f) => !samePerson(f, fuller[0]))) return name;
  return fuller.reduce((a, b) => (coreWords(b) > coreWords(a) ? b : a));
}

const coreWords = (name: string) => parseName(name).core.length;

/** Two or three capitalised words. */
const FULL_NAME = /\p{Lu}\p{Ll}[\p{L}’'-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}/gu;

/**
 * The full names a text writes, in narration or quotation alike: capitalised words opening on a common given name, or
 * on a word the text never writes in lower case ("Juniper Castellanos", not "Then Castellanos").
 */
export function fullNamesIn(text: string): string[] {
  const lower = new Set(text.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu) ?? []);
  const found = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) {
    const first = normalizeWord(m[0].split(/\s+/)[0]);
    // "You’re Brannock": a word of grammar with its verb clipped on ("you’re", "she’s") opens no name.
    const stem = first.replace(/['’](?:re|s|m|ll|ve|d)$/u, '');
    if (GIVEN_NAME_GENDER.has(first) || !(lower.has(stem) || FUNCTION_WORDS.has(stem))) found.add(m[0]);
  }
  return [...found];
}
