import type { Span, Utterance } from '../types';
import { trimSpan } from '../text/paragraphs';

// What transcripts and subtitles have in common: a sequence of turns, each a stretch of spoken words with the speaker
// label as written (or none, for narration and unlabelled cues).

export interface Turn {
  readonly span: Span;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

/** A speaker label: up to five capitalised words or numbers ("PUTIN", "Tatiana Stanovaya", "Speaker 1", "Dr. Ng"). */
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|\d{1,3})`;
const PARTICLE = String.raw`(?:de|da|del|della|di|van|von|der|den|le|la|bin|al|el|ibn)`;
export const SPEAKER_NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
/**
 * The name a label stands for, in brackets after it: "PRESENTER (Signe Lunde)", or a briefing's "QUESTION (Anders
 * Berg, Dagspost)" with the outlet the reporter asks for. One capture group: the name.
 */
export const BRACKETED_NAME = String.raw`\((${SPEAKER_NAME})(?:,[ \t]*[^()\n:]{1,60})?\)`;
/**
 * Who a label with a bracket names: the bracket's name as prose writes it ("PRESENTER (Signe Lunde)"), but the label
 * itself where the bracket, in capitals like the label, says what the speaker is ("CLLR HOLLIS (CHAIR)").
 */
export function labelSpeaker(label: string, bracketed: string | undefined): string {
  return bracketed !== undefined && bracketed !== bracketed.toUpperCase() ? bracketed : label;
}

/** The labels of a question-and-answer interview's turns ("Q:", "A:", "Question:", "Answer:"), which name no one. */
export const QUESTION_LABEL = /^(?:Q|QUESTION|Question)$/;
export const ANSWER_LABEL = /^(?:A|ANSWER|Answer)$/;
/** A timestamp as transcripts and subtitles write it: 1:02, 00:01:02, 00:01:02.500, 00:01:02,500. */
export const TIMESTAMP = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/**
 * The turns joined where the same speaker goes on (a quotation may run across cues), as utterances (labelled turns)
 * and blocks (every turn: the paragraphs the quotation scanner reads). Spans are trimmed by the masked text, so labels
 * and tags fall outside them.
 */
export function utterancesOf(masked: string, turns: readonly Turn[]): { utterances: Utterance[]; blocks: Span[] } {
  const merged: Turn[] = [];
  for (const turn of turns) {
    const span = trimSpan(masked, turn.span);
    if (span.end <= span.start) continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && last.speaker === turn.speaker) {
      merged[merged.length - 1] = { ...last, span: { start: last.span.start, end: span.end } };
    } else {
      merged.push({ ...turn, span });
    }
  }
  const utterances: Utterance[] = [];
  for (const turn of merged) {
    if (turn.speaker !== null) utterances.push({ span: turn.span, speaker: turn.speaker, timestamp: turn.timestamp });
  }
  return { utterances, blocks: merged.map((turn) => turn.span) };
}

/**
 * The lines of a text that hold a colon, each once, with its first colon: only such a line can open on a label, so
 * the colons are visited, not the lines, and prose costs one scan for them.
 */
export function* colonLines(text: string): Generator<{ start: number; end: number; colon: number }> {
  for (let colon = text.indexOf(':'); colon >= 0; ) {
    // Back to the line's start by hand: lastIndexOf('\r') in a text with none would search to its start for every colon.
    let start = colon;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    let end = text.indexOf('\n', colon);
    if (end < 0) end = text.length;
    const next = end < text.length ? text.indexOf(':', end) : -1;
    if (end > start && text[end - 1] === '\r') end--;
    yield { start, end, colon };
    colon = next;
  }
}
