import { phraseClausesBefore, type Clause } from './clauses';
import { GENERIC_PERSON_NOUNS, roleGender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

// Novelists bring in a stranger by a description and call them by part of it afterwards: "“Surely she could learn
// Persian,” broke in a thin, elderly gentleman." … "“There is the University,” said the thin gentleman." The definite
// phrase is the stranger the indefinite one brought in, not the man of the scene the narration last named.

/** How many quotations back a speech clause's indefinite description is sought. */
const QUOTES_BACK = 30;

/**
 * The indefinite description of an earlier speech clause ("a thin, elderly gentleman") that the definite phrase
 * [first, last] of a speech clause ("the thin gentleman") calls again: every modifier of the phrase is one of its
 * own, and its head is the phrase's, or the phrase's head is a plain person noun of no other gender ("a young
 * officer" … "the young man"). The description as its clause wrote it, or null.
 */
export function describedSpeakerAgain(original: string, items: readonly Item[], first: number, last: number): string | null {
  if (items[first].lower !== 'the') return null;
  const modifiers = wordsBetween(items, first, last);
  if (modifiers.length === 0) return null;
  const head = normalizeWord(items[last].lower);
  for (const clause of phraseClausesBefore(items, first, QUOTES_BACK)) {
    if (!/^(?:a|an)$/.test(items[clause.first].lower)) continue;
    if (callsAgain(items, clause, modifiers, head)) return original.slice(items[clause.first].start, items[clause.last].end);
  }
  return null;
}

/** Whether the indefinite description of `clause` is the one a phrase of `modifiers` and `head` calls again. */
function callsAgain(items: readonly Item[], clause: Clause, modifiers: readonly string[], head: string): boolean {
  const own = wordsBetween(items, clause.first, clause.last);
  if (!modifiers.every((m) => own.includes(m))) return false;
  const described = normalizeWord(items[clause.last].lower);
  if (described === head) return true;
  const gender = roleGender(described);
  return GENERIC_PERSON_NOUNS.has(head) && !GENERIC_PERSON_NOUNS.has(described) && (!gender || gender === roleGender(head));
}

/** The words of a phrase between its determiner and its head ("thin", "elderly" of "a thin, elderly gentleman"). */
function wordsBetween(items: readonly Item[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first + 1; k < last; k++) if (isWord(items[k])) words.push(items[k].lower);
  return words;
}
