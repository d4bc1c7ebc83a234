import type { Attribution } from '../types';
import type { Clause } from './clauses';
import { GIVEN_NAME_GENDER } from './givenNames';
import { PRONOUN_GENDER } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable } from './people';

// Features let a stranger give their name in answer to a question for it: "“What’s your name?”" then "“Ronnie,” the
// man says. “It’s only indigestion.”" The answer's paragraph is Ronnie's, whatever its he/she or description was read
// as (the paramedic who asked, "the man").

/** A question for the hearer's own name: "What’s your name?", "Can you tell me your name?", "Who are you?". */
const OWN_NAME_QUESTION = /\b(?:your\s+name|who\s+are\s+you)\b/i;

/** A quotation that is a name alone, of a word or two: "Ronnie,", "Liam.", "Mary Lennox". */
const BARE_NAME = /^\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s*[,.!]?\s*$/u;

/**
 * Attributions, by quotation index, for the quotations of a paragraph opening on a name alone right after a paragraph
 * whose last quotation asks for a name: the name's, for every quotation of the paragraph whose clause, if it has one,
 * is no name (a he/she of the name's gender, or a description). The name must be a common given name or one the
 * table holds.
 */
export function namesGivenInAnswer(
  items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[], clauses: ReadonlyMap<number, Clause>, table: PeopleTable,
): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  for (let k = 1; k < quoteItems.length; k++) {
    const qi = quoteItems[k];
    const asking = quoteItems[k - 1];
    if (items[asking].paragraph !== items[qi].paragraph - 1 || !OWN_NAME_QUESTION.test(items[asking].text)) continue;
    // The answer opens its paragraph.
    if (qi > 0 && items[qi - 1].paragraph === items[qi].paragraph) continue;
    const bare = BARE_NAME.exec(items[qi].text)?.[1];
    if (!bare) continue;
    const known = table.personNamed(bare);
    const gender = known ? table.gender(known) : (GIVEN_NAME_GENDER.get(normalizeWord(bare.split(/\s+/)[0])) ?? null);
    if (!known && !gender) continue;
    const name = known?.name ?? bare;
    for (let j = k; j < quoteItems.length && items[quoteItems[j]].paragraph === items[qi].paragraph; j++) {
      const clause = clauses.get(quoteItems[j]);
      const cue = clause?.kind === 'pronoun' ? PRONOUN_GENDER.get(items[clause.first].lower) : undefined;
      if (clause && (clause.kind === 'name' || (clause.kind === 'pronoun' && (!cue || (gender && cue !== gender))))) break;
      const index = items[quoteItems[j]].quote;
      found.set(index, { ...attributions[index], speaker: name });
    }
  }
  return found;
}
