import type { Attribution } from '../types';
import { sentenceStart, type Item } from './narration';

// "“Past me was an idiot,” he says. ¶ Then, more quietly: “Dad would have hated it.”": narration that opens on a word
// of what came next and leads into words with a colon, naming no one, has dropped its speech clause ("Then, more
// quietly, he said"). The speaker is the one who just spoke: a new speaker would have to be named, and a lead whose
// phrase opens on a noun ("Then the radio:") has named one.

/** Words that say what came next, opening such a lead. */
const SEQUEL = /^(?:then|later|afterwards|finally|eventually|next|and)$/;

/** How many items a lead may take before its colon ("Then, after the laughter had died down:"). */
const LEAD_REACH = 14;

/** Words that would make the lead a clause of its own, with a subject: a pronoun or a name after its first word. */
const SUBJECT = /^(?:i|he|she|we|they|you|it)$/;

/** Words opening a noun phrase: one opening a phrase of the lead ("Then the radio:") is who or what speaks. */
const DETERMINER = /^(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those)$/;

/** Whether narration in items [from, to) names someone: a capitalised word not opening its sentence. */
function namesSomeone(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (items[k].kind === 'word' && items[k].capital && items[k - 1]?.sentence === items[k].sentence) return true;
  return false;
}

/**
 * Speakers for quotations left with none and no clause of their own, brought in by a colon after such a lead, when the
 * last quotation before them, in their paragraph or the one before with no one named since, has a speaker: that speaker.
 */
export function droppedClauseSpeakers(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[]): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  for (const [j, qi] of quoteItems.entries()) {
    const a = attributions[items[qi].quote];
    if (a.speaker || a.mention || items[qi - 1]?.text !== ':') continue;
    const start = sentenceStart(items, qi - 1);
    if (qi - 1 - start > LEAD_REACH || !SEQUEL.test(items[start].lower)) continue;
    let named = false;
    for (let k = start + 1; k < qi - 1 && !named; k++) {
      const opensPhrase = k === start + 1 || items[k - 1].text === ',';
      named = items[k].kind === 'quote' || (items[k].kind === 'word' && (items[k].capital || SUBJECT.test(items[k].lower) || (opensPhrase && DETERMINER.test(items[k].lower))));
    }
    if (named) continue;
    // The lead holds no quotation, so the one before this in the list is the last before the lead.
    const last = j > 0 ? quoteItems[j - 1] : -1;
    if (last < 0 || items[last].paragraph < items[qi].paragraph - 1 || namesSomeone(items, last + 1, start)) continue;
    const before = found.get(items[last].quote) ?? attributions[items[last].quote];
    if (before.speaker) found.set(items[qi].quote, { speaker: before.speaker, mention: before.mention, cue: null });
  }
  return found;
}
