import { DETERMINERS, SPEECH_VERBS } from '../attribution/lexicon';
import { isSpace } from '../text/paragraphs';
import type { Quotation, Span } from '../types';
import { isQuoteChar } from './marks';

// Dialogue opened by a dash instead of quotation marks (French, Spanish, Russian; em-dash interview transcripts):
// `— Where are you going? she asked.` Only a dash that opens a paragraph opens a turn (and, in a paragraph so opened,
// one that opens a line: hard-wrapped dialogue); a dash inside prose is an aside. A turn's speech runs to a narration
// clause set off by a dash (`— Nowhere — he said — and never.`) or after its last comma, question or exclamation mark
// (`…? she asked.`), or else to the end of its paragraph. The quotation has the dash as its opening mark and no
// closing one (closeMark ''), its outer span ending where the speech does.

const DASHES = new Set(['—', '–', '―']);
/** An incise names its verb early ("she asked", "said the old man", "he then added"). */
const VERB_WITHIN = 3;
/** And is short: a longer tail after a comma is more of the speech. */
const INCISE_MAX_WORDS = 8;
const WORD = /[\p{L}\p{N}’'-]+/gu;
const INCISE_START = /[,?!…]\s+(?=\p{L})/gu;

/** The dash-introduced quotations of one paragraph, in order. */
export function dashDialogue(text: string, block: Span): Quotation[] {
  const first = skipSpace(text, block.start, block.end);
  if (!DASHES.has(text[first])) return [];
  const quotations: Quotation[] = [];
  const turns = turnStarts(text, first, block.end);
  turns.forEach((start, t) => quotations.push(...turn(text, start, turns[t + 1] ?? block.end)));
  return quotations;
}

/** Where each turn starts: the paragraph's dash, and each dash that opens one of its lines. */
function turnStarts(text: string, first: number, end: number): number[] {
  const starts = [first];
  for (let i = text.indexOf('\n', first); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const at = skipSpace(text, i + 1, end);
    if (DASHES.has(text[at])) starts.push(at);
  }
  return starts;
}

/** The speeches of one turn: the dash at `open`, up to `end`, with the narration set off in it. */
function turn(text: string, open: number, end: number): Quotation[] {
  const quotations: Quotation[] = [];
  while (open < end) {
    const start = skipSpace(text, open + 1, end);
    // `— “Hello,” she said`: the marks make the quotation.
    if (start >= end || isQuoteChar(text[start])) break;
    const narration = narrationIn(text, start, end);
    const stop = trimEnd(text, start, narration?.start ?? end);
    if (stop > start) quotations.push({ inner: { start, end: stop }, outer: { start: open, end: stop }, openMark: text[open], closeMark: '', depth: 0 });
    if (narration?.resume == null) break;
    open = narration.resume;
  }
  return quotations;
}

/**
 * Where the narration in a speech starts, and the dash that takes the speech up again after it (Russian
 * `— Где ты? — спросила она. — Я жду.`), if any.
 */
function narrationIn(text: string, from: number, to: number): { start: number; resume: number | null } | null {
  for (let i = from + 1; i < to; i++) {
    if (!DASHES.has(text[i]) || !isSpace(text.charCodeAt(i - 1))) continue;
    const next = nextSetOffDash(text, i + 1, to);
    if (hasSpeechVerb(text.slice(i + 1, next ?? to))) return { start: i, resume: next };
  }
  let incise = -1;
  for (const m of text.slice(from, to).matchAll(INCISE_START)) {
    const tail = text.slice(from + m.index + m[0].length, to);
    if ((tail.match(WORD)?.length ?? 0) <= INCISE_MAX_WORDS && hasSpeechVerb(tail)) incise = from + m.index + 1;
  }
  return incise < 0 ? null : { start: incise, resume: null };
}

/** The next dash after white space, which closes the narration it follows. */
function nextSetOffDash(text: string, from: number, to: number): number | null {
  for (let i = from; i < to; i++) if (DASHES.has(text[i]) && isSpace(text.charCodeAt(i - 1))) return i;
  return null;
}

/** Whether a clause opens as an incise: a subject and then its speech verb ("she asked"), or the verb and then a
 * named or determined subject ("said Maria", "said the old man"), not "denied it". */
function hasSpeechVerb(clause: string): boolean {
  // Within its first sentence: "— I went home, Mary. She said nothing." has no incise.
  const words = clause.split(/[.!?;]/, 1)[0].match(WORD) ?? [];
  const verb = words.slice(0, VERB_WITHIN).findIndex((w) => SPEECH_VERBS.has(w.toLowerCase()));
  if (verb !== 0) return verb > 0;
  const subject = words[1] ?? '';
  return /^\p{Lu}/u.test(subject) || DETERMINERS.has(subject.toLowerCase());
}

function skipSpace(text: string, at: number, end: number): number {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
