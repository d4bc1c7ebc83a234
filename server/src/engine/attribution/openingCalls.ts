import type { Attribution } from '../types';
import { PRONOUN_GENDER } from './lexicon';
import type { Item } from './narration';
import type { PeopleTable } from './people';

// A story may open on words no one is yet named for: `“TOM!” ¶ No answer. ¶ “TOM!” ¶ No answer. ¶ The old lady pulled
// her spectacles down … and then said: “Well, I lay …”`. A reader gives the opening calls to the one the narration
// after them brings in and has speak: no one else is there to have said them.

/**
 * Speakers for the quotations that open the text each as a paragraph of its own, with no speaker, before any person
 * is named: the speaker of the first quotation after them that has one, when the narration up to it names no one.
 */
export function openingCalls(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[], table: PeopleTable): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  const opening: number[] = [];
  let k = 0;
  for (; k < quoteItems.length; k++) {
    const qi = quoteItems[k];
    const a = attributions[items[qi].quote];
    if (a.speaker !== null || a.mention !== null || !standsAlone(items, qi)) break;
    opening.push(qi);
  }
  // A term the narration quotes ("built for “style,”") speaks for no one and is passed over.
  while (k < quoteItems.length && attributions[items[quoteItems[k]].quote].speaker === null) k++;
  const next = quoteItems[k];
  const speaker = next === undefined ? null : attributions[items[next].quote].speaker;
  if (opening.length === 0 || speaker === null || !attributions[items[next].quote].mention) return found;
  // No one named before the speaker's own words: the narration brings the speaker in unnamed ("The old lady"), so
  // the calls are no named person's turn of a conversation (a he/she, read before the calls had a speaker, settles
  // nothing; the one called is not the caller).
  if (table.mentionsWithin(0, next).some((m) => !m.addressed && !PRONOUN_GENDER.has(items[m.item].lower))) return found;
  for (const qi of opening) found.set(items[qi].quote, { speaker, mention: null, cue: null });
  return found;
}

/** Whether the quotation at item `qi` is its paragraph's only item but its punctuation. */
function standsAlone(items: readonly Item[], qi: number): boolean {
  const paragraph = items[qi].paragraph;
  for (let i = qi - 1; i >= 0 && items[i].paragraph === paragraph; i--) if (items[i].kind !== 'punct') return false;
  for (let i = qi + 1; i < items.length && items[i].paragraph === paragraph; i++) if (items[i].kind !== 'punct') return false;
  return true;
}
