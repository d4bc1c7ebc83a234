import type { Attribution } from '../types';
import { paragraphStart, quotationsAlone, type Item } from './narration';
import { vocativesIn } from './dialogue';

// News runs a speaker's words on into a paragraph of their own: `Larchfield manager Gideon Achterberg was close to
// tears. "Two years ago we had eleven players," Achterberg said.` then `"Some nights we trained under the car park
// lights."` Fiction alternates speakers from one such paragraph to the next; news paragraphs open with narration, so
// only a paragraph that did continues into the next. So does one that opened a run of quotations with the speaker's
// clause between two of them (`"…," she said. "…"`) after narration, when nothing in it asks for an answer (no
// question, no one addressed by name) and the text cues its turns as news does: a conversation of fiction leaves many
// turns without a clause, and there the next paragraph is the other party's.

/**
 * The most paragraphs opening on a quotation with no clause, per paragraph holding quotations, a news text leaves (one
 * such paragraph tells nothing).
 */
const UNCUED_SHARE = 1 / 4;

/** A sentence ending inside a quotation and another opening after it. */
const SENTENCE_BREAK = /[.!?]['’”]?\s+['‘“]?\p{Lu}/u;

/** A word by which words speak for their speaker. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur)\b/u;

/**
 * Speakers for quotations left without one that open a paragraph standing after a paragraph which opened with
 * narration and ended with a quotation and the clause after it: that quotation's speaker goes on.
 */
export function continuedAttributions(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[]): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  const newsTurns = cuesItsTurns(items, quoteItems, attributions);
  for (const qi of quoteItems) {
    const a = attributions[items[qi].quote];
    if (a.mention || (qi > 0 && items[qi - 1].paragraph === items[qi].paragraph)) continue;
    // The paragraph before: its last quotation, what follows it, and how the paragraph opens.
    let last = qi - 1;
    while (last >= 0 && items[last].paragraph >= items[qi].paragraph - 1 && items[last].kind !== 'quote') last--;
    if (last < 0 || items[last].kind !== 'quote' || items[last].paragraph !== items[qi].paragraph - 1) continue;
    // After it, its clause alone ("Strom said after the defeat."), no sentence of narration. A paragraph ending on the
    // quotation itself ("Putin told reporters: “…”") hands nothing on: the next one must say whose words it holds;
    // unless it is the speaker's second quotation there, after one with its clause ("“…,” Ince said. “…”").
    // As this pass gave it: a second paragraph of quotation alone goes on from the first's speaker.
    const previous = found.get(items[last].quote) ?? attributions[items[last].quote];
    const open = paragraphStart(items, last);
    // A paragraph of quotation alone, its speaker read from the narration before it, goes on in a text cued as news.
    const alone = newsTurns && last === qi - 1 && quotationAlone(items, open, last);
    if (!previous.speaker || (!previous.mention && !alone)) continue;
    // So do words of several sentences a colon brought in, a statement read out ("Stephen Fenwick said: “…. …”"), in a
    // text cued as news, when neither paragraph asks for an answer. After one sentence, only words in the first person
    // ("A spokesperson said: “…” ¶ “We are recruiting …”"): the speaker's own voice going on; words about someone
    // ("Putin told reporters: “…” ¶ “He feels …”") are as likely a commentator's.
    const colonLed = last === qi - 1 && newsTurns && items[last - 1]?.text === ':' && !!previous.mention && (SENTENCE_BREAK.test(items[last].text) || FIRST_PERSON.test(items[qi].text)) && opensUnanswered(items, open, qi);
    if (last === qi - 1 ? !alone && !colonLed && !runsOn(items, attributions, last) : items[qi - 1].sentence !== items[last + 1].sentence) continue;
    // A speaker the conversation gave is kept, unless the paragraph before opened the run of quotations, or, in news,
    // ended on it: a paragraph of quotation alone there is its speaker's, not an answer by the party turned to before.
    // A paragraph opening on a quotation hands on only a run of them (`"…," she said. "…"`), not one closed by its
    // clause (`"…," said Clara.`), which dialogue answers.
    // In news, which cues its turns, so does one closed by its clause, to a paragraph of quotation alone that answers
    // no one: a paragraph of quotation alone after `"…," Osei said.` is Osei's still, as no one else would be left uncued.
    const reread = items[open].kind === 'quote';
    const closed = last !== qi - 1;
    if (reread ? !newsTurns || !opensUnanswered(items, open, qi) || (closed && (!quotationsAlone(items, qi) || answersAnother(items, attributions, open))) : a.speaker && !(newsTurns && !closed && quotationsAlone(items, qi))) continue;
    found.set(items[qi].quote, { speaker: previous.speaker, mention: previous.mention, cue: null });
    // The quotations after it in its paragraph, with no speaker (or mention) of their own, are the same run of words.
    for (let k = qi + 1; k < items.length && items[k].paragraph === items[qi].paragraph; k++) {
      const b = items[k].kind === 'quote' ? attributions[items[k].quote] : null;
      if (b && !b.mention && (reread || !b.speaker)) found.set(items[k].quote, found.get(items[qi].quote)!);
    }
  }
  return found;
}

/** Whether few paragraphs holding quotations open on one and give none of them a clause (a cue), as in news. */
export function cuesItsTurns(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[]): boolean {
  const { paragraphs, uncued } = uncuedTurns(items, quoteItems, attributions);
  return uncued <= Math.max(1, paragraphs * UNCUED_SHARE);
}

/** How many paragraphs holding quotations a text must cue, every one, to read as a report (a turn or two tells nothing). */
const REPORTED_TURNS = 3;

/**
 * Whether no paragraph holding quotations opens on one and gives none of them a clause, of several: a report cues
 * every turn, where even a story telling its dialogue mostly by tags leaves a reply or two bare.
 */
export function cuesEveryTurn(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[]): boolean {
  const { paragraphs, uncued } = uncuedTurns(items, quoteItems, attributions);
  return paragraphs >= REPORTED_TURNS && uncued === 0;
}

/** How many paragraphs hold quotations, and how many of them open on one and give none of them a clause. */
function uncuedTurns(items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[]): { paragraphs: number; uncued: number } {
  let paragraphs = 0;
  let uncued = 0;
  for (const [k, qi] of quoteItems.entries()) {
    const paragraph = items[qi].paragraph;
    if (k > 0 && items[quoteItems[k - 1]].paragraph === paragraph) continue;
    paragraphs++;
    if (qi > 0 && items[qi - 1].paragraph === paragraph) continue;
    let cued = false;
    for (let j = k; j < quoteItems.length && items[quoteItems[j]].paragraph === paragraph && !cued; j++) cued = !!attributions[items[quoteItems[j]].quote].cue;
    if (!cued) uncued++;
  }
  return { paragraphs, uncued };
}

/**
 * Whether the quotation paragraph opening at item `open` (`"…," she said. "…"`), up to the paragraph opening at `next`,
 * starts its run of quotations after narration and asks for no answer, so the next paragraph's quotation goes on with
 * it: the paragraph before does not open with a quotation, and no quotation of the two paragraphs asks a question or
 * addresses anyone by name.
 */
function opensUnanswered(items: readonly Item[], open: number, next: number): boolean {
  // A run opening on a quotation must open it after narration; one opening on narration opened it there.
  const before = open > 0 ? paragraphStart(items, open - 1) : -1;
  if (items[open].kind === 'quote' && before >= 0 && items[before].kind === 'quote') return false;
  // A question in the paragraph of quotation alone is put to someone only when a quotation answers it next: one that
  // narration follows ("… Then who looks after Joan?") is its speaker's own, rhetorical.
  const answered = nextParagraphOpensOnAQuotation(items, next);
  for (let k = open; k < items.length && items[k].paragraph <= items[next].paragraph; k++) {
    if (items[k].kind !== 'quote') continue;
    const asks = asksAQuestion(items[k].text) && (items[k].paragraph < items[next].paragraph || answered);
    if (asks || vocativesIn(items[k].text).length > 0) return false;
  }
  return true;
}

/** Whether the paragraph after the one holding item `at` opens on a quotation. */
function nextParagraphOpensOnAQuotation(items: readonly Item[], at: number): boolean {
  let k = at;
  while (k < items.length && items[k].paragraph === items[at].paragraph) k++;
  return items[k]?.kind === 'quote';
}

/**
 * Whether a quotation ends on a question: one its speaker goes on past ("Move where? This is our town.") is
 * rhetorical, answered by the speaker, and put to no one.
 */
function asksAQuestion(text: string): boolean {
  return /\?['‘’"“”]?,?\s*$/u.test(text);
}

/**
 * Whether the paragraph before the one opening at `open` quotes someone other than the quotation at `open`'s speaker,
 * in a turn: a phrase quoted within a sentence of narration ("said he was “doing his head in”") is no one's turn to answer.
 */
function answersAnother(items: readonly Item[], attributions: readonly Attribution[], open: number): boolean {
  const speaker = attributions[items[open].quote].speaker;
  for (let k = open - 1; k >= 0 && items[k].paragraph === items[open].paragraph - 1; k--) {
    const within = items[k - 1]?.kind === 'word' && items[k - 1].sentence === items[k].sentence;
    if (items[k].kind === 'quote' && !within && attributions[items[k].quote].speaker !== speaker) return true;
  }
  return false;
}

/** Whether the items [from, to] are quotations alone, with punctuation between them. */
function quotationAlone(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (items[k].kind === 'word') return false;
  return true;
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
