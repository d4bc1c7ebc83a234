import { GIVEN_NAME_GENDER, petFormGender } from './givenNames';
import { PRONOUN_GENDER } from './lexicon';
import { normalizeWord, type ParsedName } from './names';
import { isWord, type Item } from './narration';

// "Mrs. Clement Lanyon’s dinners", "Mrs Eustace Pargeter to the county": in the old style a married woman is named by
// her husband's full name after "Mrs" (or "Lady"). The given name is then his, not hers: she is Mrs Lanyon, and
// "Clement Lanyon" alone is the husband, another person.

/** Titles before which a man's full name names his wife. */
const WIFE_TITLES = /^(?:mrs|missus|lady)$/;
/** How many words after a full name its he or she is sought. */
const REACH = 12;

/**
 * Whether a name written "Mrs <given> <surname>" gives a man's given name: one the lexicon knows as a man's, or one
 * the text itself writes, with that surname, as a man's ("Mr Eustace Pargeter", "Eustace Pargeter himself").
 */
export function namedByHusband(items: readonly Item[], parsed: ParsedName): boolean {
  if (parsed.core.length !== 2 || !parsed.titles.some((t) => WIFE_TITLES.test(normalizeWord(t)))) return false;
  const given = normalizeWord(parsed.core[0]);
  const known = GIVEN_NAME_GENDER.get(given) ?? petFormGender(given);
  if (known) return known === 'm';
  return writtenAsMan(items, given, normalizeWord(parsed.core[1]));
}

const manNames = new WeakMap<readonly Item[], Map<string, boolean>>();

/** Whether the text writes `given surname` with "Mr" before it, or a he as the first pronoun after it. */
function writtenAsMan(items: readonly Item[], given: string, surname: string): boolean {
  let known = manNames.get(items);
  if (!known) manNames.set(items, (known = new Map()));
  const key = `${given} ${surname}`;
  let found = known.get(key);
  if (found === undefined) {
    found = false;
    for (let i = 0; i + 1 < items.length && !found; i++) {
      if (!isWord(items[i]) || normalizeWord(items[i].text) !== given || normalizeWord(items[i + 1].text) !== surname) continue;
      const title = isWord(items[i - 1]) && items[i - 1].sentence === items[i].sentence ? normalizeWord(items[i - 1].text) : '';
      if (/^(?:mr|mister|sir)$/.test(title)) found = true;
      else if (!WIFE_TITLES.test(title) && !/^(?:miss|ms)$/.test(title)) found = firstPronounGender(items, i + 2) === 'm';
    }
    known.set(key, found);
  }
  return found;
}

/** The gender of the first he/she (his, her, himself …) within a few words after item `from`, in its sentence or the next. */
function firstPronounGender(items: readonly Item[], from: number): 'm' | 'f' | null {
  const sentence = items[from - 1].sentence;
  for (let k = from, words = 0; k < items.length && words < REACH && items[k].sentence <= sentence + 1; k++) {
    if (!isWord(items[k])) {
      // Words in a quotation are another voice's.
      if (items[k].kind === 'quote') return null;
      continue;
    }
    words++;
    const g = PRONOUN_GENDER.get(items[k].lower);
    if (g === 'm' || g === 'f') return g;
  }
  return null;
}
