import type { Clause } from './clauses';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

// An interpreter voices someone else's words: "“We will see,” his interpreter said" quotes the one interpreted, the
// speaker whose words they are, as "said through an interpreter" does.

const INTERPRETER = /^(?:interpreter|translator)$/;

/** Whether the phrase [first, last] is "the interpreter" alone: no one's in its words, so the one it interprets is the one the narration is about. */
export function isBareInterpreter(items: readonly Item[], clause: Clause): boolean {
  return clause.kind === 'phrase' && clause.last === clause.first + 1 && items[clause.first].lower === 'the' && INTERPRETER.test(normalizeWord(items[clause.last].lower));
}

/**
 * The one whose words an interpreter's phrase [first, last] voices: the owner of "his interpreter" (a he/she) or of
 * "Radek's interpreter" (the name); null for any other phrase, or an interpreter no one owns.
 */
export function interpretedOwner(items: readonly Item[], clause: Clause): Clause | null {
  if (clause.kind !== 'phrase' || !INTERPRETER.test(normalizeWord(items[clause.last].lower))) return null;
  const owner = items[clause.first];
  if (/^(?:his|her)$/.test(owner.lower)) return { cue: clause.cue, first: clause.first, last: clause.first, kind: 'pronoun' };
  const possessive = clause.last - 1;
  if (possessive < clause.first || !isWord(items[possessive]) || !/['’]s$/.test(items[possessive].text)) return null;
  let name = possessive;
  while (name > clause.first && items[name - 1].capital) name--;
  return items[name].capital ? { cue: clause.cue, first: name, last: possessive, kind: 'name' } : null;
}
