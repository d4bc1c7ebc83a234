import { lineEndAt, lineStartAt } from '../text/lines';
import { isHardWrapped, wrapVotes, type WrapVotes } from '../text/paragraphs';
import type { DocumentAnalysis, Fix } from '../types';
import { editedText } from './editedText';

const votesByDraft = new WeakMap<DocumentAnalysis, WrapVotes>();

/**
 * Whether a plain-text draft, the fix applied, is still read as it was: hard-wrapped, or one paragraph a line. That
 * reading rests on the lengths and ends of the lines followed by another line, so a fix that shortens or lengthens one
 * of those (a source wording shorter than the words it replaces) can tip a draft with few of them: its quotations would
 * then run over line breaks, or stop at them, and the re-check find what it found again, elsewhere.
 */
export function keepsLineReading(draft: DocumentAnalysis, fix: Fix): boolean {
  const { text, format } = draft.view;
  if (format !== 'plaintext' || fix.edits.length === 0) return true;
  let votes = votesByDraft.get(draft);
  if (!votes) votesByDraft.set(draft, (votes = wrapVotes(text)));
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  // The lines the edits touch, with the line before (whose vote rests on the next line) and the line after (which
  // decides whether the last one touched is followed by another line).
  const from = lineBefore(text, lineStartAt(text, edits[0].span.start));
  const to = lineAfter(text, lineEndAt(text, edits[edits.length - 1].span.end));
  const [before, after] = [wrapVotes(text.slice(from, to)), wrapVotes(editedText(text, { start: from, end: to }, edits))];
  const changed = { inner: votes.inner - before.inner + after.inner, short: votes.short - before.short + after.short, sentenceEnds: votes.sentenceEnds - before.sentenceEnds + after.sentenceEnds };
  // With no line followed by another before the fix, or none after it, no line break is read otherwise.
  return votes.inner === 0 || changed.inner === 0 || isHardWrapped(changed) === isHardWrapped(votes);
}

/** The start of the line before the one starting at `start` (a CRLF is one break). */
function lineBefore(text: string, start: number): number {
  if (start === 0) return 0;
  const end = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
  return lineStartAt(text, end);
}

/** The end of the line after the one ending at `end`. */
function lineAfter(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return lineEndAt(text, text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1);
}
