import { FUNCTION_WORDS, IRREGULAR_PAST, SPEECH_VERBS } from './lexicon';
import { isWord, type Item } from './narration';
import { isCapitalised, isRoleNoun } from './people';

// English news writes what a person belongs to (a party, a side, a firm) as a bare name before their role and name:
// "Liberal Democrat councillor Priya Shah", "Tigers coach Craig Whitlow". That first name qualifies the role: it is
// a body's name, never a second person, so no he or she can refer to it.

/** How many lower-case words the role may take ("councillor", "ward councillor", "transport spokesperson"). */
const ROLE_WORDS = 2;

/** Whether the capitalised run ending at item `last` qualifies a role noun that a name follows. */
export function qualifiesNamedRole(items: readonly Item[], last: number): boolean {
  const sentence = items[last].sentence;
  // "Kelly's lawyer Ann Ford": an owner in the possessive is a person.
  if (/['’]s?$/u.test(items[last].text)) return false;
  for (let k = last + 1; k <= last + ROLE_WORDS; k++) {
    const it = items[k];
    // "Kelly met nurse Ann Ford", "Kelly thanks nurse …": a verb between them makes the first name a subject.
    if (!isWord(it) || it.capital || it.sentence !== sentence || FUNCTION_WORDS.has(it.lower) || SPEECH_VERBS.has(it.lower) || IRREGULAR_PAST.has(it.lower) || /(?:ed|[^s]s)$/.test(it.lower)) return false;
    const next = items[k + 1];
    if (isRoleNoun(it.lower) && isCapitalised(next) && next.sentence === sentence) return true;
  }
  return false;
}
