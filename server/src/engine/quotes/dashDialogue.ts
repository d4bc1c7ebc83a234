import { DETERMINERS, SPEECH_VERBS } from '../attribution/lexicon';
import { isSpace } from '../text/paragraphs';
import type { Quotation, Span } from '../types';
import { isQuoteChar } from './marks';

// Dialogue opened by a dash instead of quotation marks (French, Spanish, Russian; em-dash interview transcripts;
// two hyphens typed for the dash): `— Where are you going? she asked.` Only a dash that opens a paragraph opens a
// turn (and, in a paragraph so opened, one that opens a line: hard-wrapped dialogue); a dash inside prose is an aside. A turn's speech runs to a narration
// clause set off by a dash (`— Nowhere — he said — and never.`) or after its last comma, question or exclamation mark
// (`…? she asked.`), or else to the end of its paragraph. A short incise sentence inside the turn (`— Thanks, he said.
// That will do.`, Joyce's way) ends one speech and the next sentence takes it up again, with no mark of its own. The
// quotation has the dash as its opening mark (none when taken up after an incise sentence) and no closing one
// (closeMark ''), its outer span ending where the speech does.

const DASHES = new Set(['—', '–', '―']);
/** An incise names its verb early ("she asked", "said the old man", "he then added"). */
const VERB_WITHIN = 3;
/** And is short: a longer tail after a comma is more of the speech. */
const INCISE_MAX_WORDS = 8;
const INCISE_MAX_CHARS = 120;
const WORD = /[\p{L}\p{N}’'-]+/gu;
const INCISE_START = /[,?!…]\s+(?=\p{L})/gu;

/** A turn's reading so far: past `noDashAfter` no set-off dash opens narration (each is read once per turn). */
interface TurnScan {
  noDashAfter: number;
}

/** The dash-introduced quotations of one paragraph, in order. */
export function dashDialogue(text: string, block: Span): Quotation[] {
  const first = skipSpace(text, block.start, block.end);
  if (!dashAt(text, first)) return [];
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
    if (dashAt(text, at)) starts.push(at);
  }
  return starts;
}

/**
 * The length of the dialogue dash at `at`: a dash, or two hyphens typed for one and followed by the speech
 * ("--What is your name?", Joyce's Portrait); 0 when there is none ("---" is a rule, "-- " a signature).
 */
function dashAt(text: string, at: number): number {
  if (DASHES.has(text[at])) return 1;
  return text.startsWith('--', at) && at + 2 < text.length && text[at + 2] !== '-' && !isSpace(text.charCodeAt(at + 2)) ? 2 : 0;
}

/** The speeches of one turn: the dash at `open`, up to `end`, with the narration set off in it. */
function turn(text: string, open: number, end: number): Quotation[] {
  const quotations: Quotation[] = [];
  let marked = true;
  const scan: TurnScan = { noDashAfter: end };
  while (open < end) {
    const mark = marked ? text.slice(open, open + Math.max(1, dashAt(text, open))) : '';
    const start = skipSpace(text, open + mark.length, end);
    // `— “Hello,” she said`: the marks make the quotation.
    if (start >= end || isQuoteChar(text[start])) break;
    const narration = narrationIn(text, start, end, scan);
    const stop = trimEnd(text, start, narration?.start ?? end);
    if (stop > start) quotations.push({ inner: { start, end: stop }, outer: { start: open, end: stop }, openMark: mark, closeMark: '', depth: 0 });
    if (narration?.resume == null) break;
    open = narration.resume;
    marked = narration.marked;
  }
  return quotations;
}

/**
 * Where the narration in a speech starts, and where the speech is taken up again after it, if it is: at the dash
 * that closes the narration (Russian `— Где ты? — спросила она. — Я жду.`, `marked`), or at the sentence after a short
 * incise sentence (`— Thanks, he said. That will do.`).
 */
function narrationIn(text: string, from: number, to: number, scan: TurnScan): { start: number; resume: number | null; marked: boolean } | null {
  for (let i = from + 1; i < to && i < scan.noDashAfter; i++) {
    if (!DASHES.has(text[i]) || !isSpace(text.charCodeAt(i - 1))) continue;
    const next = nextSetOffDash(text, i + 1, to);
    if (hasSpeechVerb(text.slice(i + 1, Math.min(next ?? to, i + 1 + INCISE_MAX_CHARS)))) return { start: i, resume: next, marked: true };
    // The dashes up to the next are read: none of them opens narration.
    if (next === null) break;
    i = next - 1;
  }
  scan.noDashAfter = Math.min(scan.noDashAfter, from);
  let incise = -1;
  const starts = new RegExp(INCISE_START.source, 'gu');
  starts.lastIndex = from;
  for (let m = starts.exec(text); m && m.index < to; m = starts.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= to || !hasSpeechVerb(text.slice(at, Math.min(to, at + INCISE_MAX_CHARS)))) continue;
    // A short tail is all incise ("…, he said, smiling."); a long one may take the speech up again after it.
    const short = !hasWordsBeyond(text, at, to, INCISE_MAX_WORDS);
    const resume = (short ? null : speechAfterCommaIncise(text, at, to)) ?? speechAfterIncise(text, at, to);
    if (resume !== null) return { start: m.index + 1, resume, marked: false };
    if (short) incise = m.index + 1;
  }
  return incise < 0 ? null : { start: incise, resume: null, marked: false };
}

/** Whether [at, to) holds more than `count` words, reading no further than the word after them. */
function hasWordsBeyond(text: string, at: number, to: number, count: number): boolean {
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = at;
  for (let n = 0; n <= count; n++) {
    const m = words.exec(text);
    if (!m || m.index >= to) return false;
  }
  return true;
}

/** Titles and initials, whose full stop ends no sentence ("he said to Mr. Deasy", "says you have g. p. i."). */
const TITLE_STOP = /\b(?:Mr|Mrs|Ms|Dr|St|Mt|\p{L})$/u;

/** Where the speech goes on after an incise sentence opening at `at` ("he cried briskly. That will do…"): the next
 * sentence, when the incise ends with a full stop within a few words and more of the paragraph follows. */
function speechAfterIncise(text: string, at: number, to: number): number | null {
  // A few words' worth of characters, so a long turn of many commas is not read to its end from each.
  for (let i = at; i < to && i < at + INCISE_MAX_CHARS; i++) {
    const c = text[i];
    if (c === '!' || c === '?' || c === ';' || c === ':') return null;
    if (c !== '.' || TITLE_STOP.test(text.slice(Math.max(at, i - 3), i))) continue;
    if ((text.slice(at, i).match(WORD)?.length ?? 0) > INCISE_MAX_WORDS) return null;
    const next = skipSpace(text, i + 1, to);
    return next < to && next > i + 1 && /\p{L}/u.test(text[next]) ? next : null;
  }
  return null;
}

/** How many words an incise set off by commas may have ("said Buck Mulligan,"). */
const COMMA_INCISE_WORDS = 4;
/** Words that open narration going on after an incise ("he said, and turned away"), not more of the speech. */
const NARRATION_AFTER = /^(?:and|as|while|with|then|when|without|before|after|looking|turning|smiling|laughing)$/u;

/**
 * Where the speech goes on after an incise set off by commas ("—That fellow, said Buck Mulligan, says you have …"):
 * the lower-case word after its comma, when the incise has a few words and that word opens no narration.
 */
function speechAfterCommaIncise(text: string, at: number, to: number): number | null {
  for (let i = at; i < to && i < at + INCISE_MAX_CHARS; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === ':') return null;
    if (c !== ',') continue;
    if ((text.slice(at, i).match(WORD)?.length ?? 0) > COMMA_INCISE_WORDS) return null;
    const next = skipSpace(text, i + 1, to);
    const word = /^[\p{L}’'-]+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
    return /^\p{Ll}/u.test(word) && !word.endsWith('ing') && !NARRATION_AFTER.test(word) ? next : null;
  }
  return null;
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
