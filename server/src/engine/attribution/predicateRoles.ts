import { isDemonym } from './demonyms';
import { FUNCTION_WORDS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

// "Adam Vance became chief executive in the summer", "Rosa Delgado is head coach": a role given after a name by a
// verb of being or becoming names that person by it as an appositive would ("the chief executive said" is Vance).

const BECOMING = /^(?:became|becomes|become|remains|remained|is|was)$/;
/** How many words a predicate's role may take ("became interim head coach"). */
const ROLE_WORDS = 4;

/**
 * The role words of a predicate right after the name ending at item `last` ("became chief executive"), ending at its
 * last role noun; none when no role noun ends the run of lower-case words, or a possessive or a name stands in it.
 */
export function predicateRoles(items: readonly Item[], last: number, isRoleNoun: (lower: string) => boolean): string[] {
  let k = last + 1;
  if (!isWord(items[k]) || !BECOMING.test(items[k].lower)) return [];
  k++;
  if (/^(?:the|a|an)$/.test(items[k]?.lower ?? '')) k++;
  const words: string[] = [];
  let end = 0;
  // "became British super-lightweight champion": a nationality may qualify the role.
  for (; k < items.length && words.length < ROLE_WORDS && isWord(items[k]) && (!items[k].capital || isDemonym(items[k].text)) && items[k].sentence === items[last].sentence; k++) {
    if (/['’]s?$/.test(items[k].text) || FUNCTION_WORDS.has(items[k].lower)) break;
    words.push(items[k].lower);
    if (isRoleNoun(normalizeWord(items[k].lower))) end = words.length;
  }
  return words.slice(0, end);
}
