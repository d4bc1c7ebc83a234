import { clauseBefore, type Clause } from './clauses';
import type { Item } from './narration';

/** How many tags of one he/she in a row are followed back to the name that opened them. */
const CHAIN_REACH = 6;

/**
 * "“Mr. Hatherley says to me, ‘Pinnock,’ he says, ‘we must wait. Charity,’ he says, ‘thinketh no evil.’”": a teller
 * retelling a conversation says the speaker again after words a clause has already given them. A he/she tag right
 * after words that a name's speech clause introduced, directly or through tags of the same he/she, is that name's
 * clause; null otherwise.
 */
export function repeatedNameClause(items: readonly Item[], clause: Clause): Clause | null {
  const pronoun = items[clause.first].lower;
  if (clause.kind !== 'pronoun' || !/^(?:he|she)$/.test(pronoun)) return null;
  let tag = clause;
  for (let n = 0; n < CHAIN_REACH; n++) {
    let q = tag.first - 1;
    if (items[q]?.text === ',') q--;
    if (items[q]?.kind !== 'quote') return null;
    const before = clauseBefore(items, q);
    if (!before || before.last >= q) return null;
    if (before.kind === 'name') return before;
    if (before.kind !== 'pronoun' || items[before.first].lower !== pronoun) return null;
    tag = before;
  }
  return null;
}
