import type { Attribution } from '../types';
import { isWord, type Item } from './narration';

// A body's or a document's words run on as a person's do: "The ministry issued a statement. “…,” it said. “…”" The
// quotation after the clause, with none of its own, is the body's too. People's run-ons are settled before bodies are
// read (fillFromContext), so the body pass carries its own on.

/** How many items may stand between the two quotations: the first one's clause ("it said in a statement."). */
const CLAUSE_ITEMS = 10;

/**
 * Speakers for quotations with no clause of their own that follow, in the same paragraph, a quotation the body pass
 * credited (`found`, by quotation index) with only that quotation's clause between them.
 */
export function bodyRunOns(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[], found: ReadonlyMap<number, Attribution>): Map<number, Attribution> {
  const more = new Map<number, Attribution>();
  for (let k = 1; k < quoteItems.length; k++) {
    const [before, qi] = [quoteItems[k - 1], quoteItems[k]];
    const credited = more.get(items[before].quote) ?? found.get(items[before].quote);
    const a = attributions[items[qi].quote];
    if (!credited?.speaker || a.cue || items[before].paragraph !== items[qi].paragraph || qi - before > CLAUSE_ITEMS + 1) continue;
    // Only the first quotation's clause between: words and punctuation of its sentence, no narration after it.
    let clauseOnly = qi - before > 1;
    for (let j = before + 1; j < qi && clauseOnly; j++) clauseOnly = items[j].sentence === items[before].sentence && (isWord(items[j]) || items[j].kind === 'punct');
    if (clauseOnly) more.set(items[qi].quote, credited);
  }
  return more;
}
