import type { Attribution } from '../types';
import type { Item } from './narration';

// News runs a speaker's words on into a paragraph of their own: `Larchfield manager Gideon Achterberg was close to
// tears. "Two years ago we had eleven players," Achterberg said.` then `"Some nights we trained under the car park
// lights."` Fiction alternates speakers from one such paragraph to the next; news paragraphs open with narration, so
// only a paragraph that did continues into the next.

/** How many items may follow the last quotation of the paragraph before: its clause ("Strom said after the defeat."). */
const CLAUSE_ITEMS = 16;

/**
 * Speakers for quotations left without one that open a paragraph standing after a paragraph which opened with
 * narration and ended with a quotation and the clause after it: that quotation's speaker goes on.
 */
export function continuedAttributions(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[]): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  for (const qi of quoteItems) {
    const a = attributions[items[qi].quote];
    if (a.speaker || a.mention || (qi > 0 && items[qi - 1].paragraph === items[qi].paragraph)) continue;
    // The paragraph before: its last quotation, what follows it, and how the paragraph opens.
    let last = qi - 1;
    while (last >= 0 && last >= qi - 1 - CLAUSE_ITEMS && items[last].kind !== 'quote') last--;
    if (last < 0 || items[last].kind !== 'quote' || items[last].paragraph !== items[qi].paragraph - 1) continue;
    // After it, its clause alone ("Strom said after the defeat."), no sentence of narration. A paragraph ending on the
    // quotation itself ("Putin told reporters: “…”") hands nothing on: the next one must say whose words it holds;
    // unless it is the speaker's second quotation there, after one with its clause ("“…,” Ince said. “…”").
    const previous = attributions[items[last].quote];
    if (!previous.speaker || !previous.mention) continue;
    if (last === qi - 1 ? !runsOn(items, attributions, last) : items[qi - 1].sentence !== items[last + 1].sentence) continue;
    let open = last;
    while (open > 0 && items[open - 1].paragraph === items[last].paragraph) open--;
    if (items[open].kind === 'quote') continue;
    found.set(items[qi].quote, { speaker: previous.speaker, mention: previous.mention, cue: null });
    // The quotations after it in its paragraph, with no speaker of their own, are the same run of words.
    for (let k = qi + 1; k < items.length && items[k].paragraph === items[qi].paragraph; k++) {
      if (items[k].kind === 'quote' && !attributions[items[k].quote].speaker && !attributions[items[k].quote].mention) found.set(items[k].quote, found.get(items[qi].quote)!);
    }
  }
  return found;
}

/** Whether the quotation at `last` follows another of its paragraph, by the same speaker, whose clause named them. */
function runsOn(items: readonly Item[], attributions: readonly Attribution[], last: number): boolean {
  const speaker = attributions[items[last].quote].speaker;
  for (let k = last - 1; k >= 0 && items[k].paragraph === items[last].paragraph; k--) {
    if (items[k].kind !== 'quote') continue;
    const a = attributions[items[k].quote];
    if (a.speaker === speaker && a.cue) return true;
  }
  return false;
}
