import { phraseClausesBefore, type Clause } from './clauses';
import { GENERIC_PERSON_NOUNS, sameRole } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isRoleNoun, type PeopleTable } from './people';

// News quotes someone it does not name by a full description, then shortens it to the role's noun: "“…,” said the
// prime minister’s official spokesman. … Pressed on the leak, the spokesman said …". When no named person holds the
// role, the short phrase is the description that brought the role in, not whoever the text named last.

/** How many quotations back the description is sought. */
const QUOTES_BACK = 12;

/**
 * The description of an earlier speech clause ("the prime minister’s official spokesman", "a spokeswoman for the
 * council") that the bare definite role phrase [first, last] ("the spokesman") calls again: the nearest clause headed
 * by the same noun, when it named no one (`speakerOf` gives its speaker: a description, not a person's name) and no
 * named person holds the role.
 */
export function roleCalledAgain(items: readonly Item[], table: PeopleTable, first: number, last: number, speakerOf: (c: Clause) => string | null): string | null {
  if (items[first].lower !== 'the' || last !== first + 1) return null;
  const head = normalizeWord(items[last].lower);
  if (!isRoleNoun(head) || GENERIC_PERSON_NOUNS.has(head)) return null;
  if ([head, ...sameRole(head)].some((r) => table.antecedent(first, null, r, null, true))) return null;
  for (const clause of phraseClausesBefore(items, first, QUOTES_BACK)) {
    if (normalizeWord(items[clause.last].lower) !== head) continue;
    // The nearest clause of that noun decides: one that was itself the bare noun says nothing more, and one that
    // named someone is another's role.
    if (clause.last === clause.first + 1 || !/^(?:the|a|an|one)$/.test(items[clause.first].lower)) return null;
    const speaker = speakerOf(clause);
    return speaker && /^(?:the|a|an|one) /.test(speaker) ? speaker : null;
  }
  return null;
}
