import type { Quotation, Span } from '../types';
import { runSteps, type Steps } from '../steps';
import { ABBREVIATIONS, PRONOUN_GENDER, type Gender } from './lexicon';
import { uncapitaliseDatelines } from './datelines';
import { capitaliseNameParticles } from './nameParticles';

/** A word, a punctuation mark or a whole quotation of the narration around quotations. */
export interface Item {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly text: string;
  readonly lower: string;
  /** A word that starts with a capital letter. */
  readonly capital: boolean;
  readonly start: number;
  readonly end: number;
  /** For quote items: the index of the quotation in the list attribution was given. */
  readonly quote: number;
  readonly paragraph: number;
  /** The sentence this item belongs to, counted over the whole region. */
  sentence: number;
}

/** Whether an item is a word (not punctuation, a line break or a quotation). */
export const isWord = (it: Item | undefined): it is Item => !!it && it.kind === 'word';

/** The first item of the sentence holding item i, not before floor. */
export function sentenceStart(items: readonly Item[], i: number, floor = 0): number {
  while (i > floor && items[i - 1].sentence === items[i].sentence) i--;
  return i;
}

/** The first item of the paragraph holding item i, not before floor. */
export function paragraphStart(items: readonly Item[], i: number, floor = 0): number {
  while (i > floor && items[i - 1].paragraph === items[i].paragraph) i--;
  return i;
}

/** Whether the paragraph from item `qi` on holds no word of narration: quotations and punctuation alone. */
export function quotationsAlone(items: readonly Item[], qi: number): boolean {
  for (let k = qi; k < items.length && items[k].paragraph === items[qi].paragraph; k++) if (items[k].kind === 'word') return false;
  return true;
}

/**
 * sentenceStart for every item, read in one pass: a paragraph that never ends a sentence may hold thousands of
 * quotations, and walking back to its start from each of them would be quadratic.
 */
export function sentenceStarts(items: readonly Item[]): (i: number, floor?: number) => number {
  const first = new Int32Array(items.length);
  for (let i = 1; i < items.length; i++) first[i] = items[i - 1].sentence === items[i].sentence ? first[i - 1] : i;
  return (i, floor = 0) => (i <= floor ? i : Math.max(floor, first[i]));
}

/** The gender of a he/she opening the sentence after the one holding item `at`, not past item `to` ("A teacher sat down. She said …"). */
export function pronounOpeningNextSentence(items: readonly Item[], at: number, to = items.length - 1): Gender | undefined {
  let k = at + 1;
  while (k <= to && items[k].sentence === items[at].sentence) k++;
  return k <= to && /^(?:he|she)$/.test(items[k].lower) ? PRONOUN_GENDER.get(items[k].lower) : undefined;
}

/** Whether item `k` is a connective between capitalised words of one name ("Department for Transport"). */
export function insideName(items: readonly Item[], k: number): boolean {
  return /^(?:for|of|and)$/.test(items[k].lower) && !!items[k - 1]?.capital && isWord(items[k + 1]) && items[k + 1].capital;
}

/** One or two words: a term in scare quotes when no speech cue claims them. */
export function isTerm(words: string): boolean {
  return words.trim().split(/\s+/).length <= 2;
}

// A stray double quotation mark (one the scanner could not pair) stays an item, so that no name runs across it; so
// does a bracket or brace ("B. } Putin" is no name), and an ampersand ("Brandt & Son" is a firm, not Brandt Son).
const PUNCT = new Set('.,;:!?()[]{}—–"“”„‟＂«»‹›「」『』&');
const CAPITAL = /^\p{Lu}/u;
const WHITE = /\s/;
const ALNUM = /[\p{L}\p{N}]/u;
const JOINERS = new Set("’'-.");
const APOSTROPHES = new Set("’'");

function isWhite(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE.test(text[i]);
}

const DIGIT = /\d/;

/** Whether a word starting with character code `c` is capitalised (ASCII without a regular expression). */
function startsWithCapital(word: string, c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM.test(text[i]);
}

/**
 * The end of the word starting at `i`: letters and digits, joined by apostrophes, hyphens and full stops ("U.S.",
 * "rock-and-roll", "isn't"), with a possessive "’s" or "s’" kept.
 */
function wordEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isAlnum(text, j)) j++;
  while (j + 1 < to && JOINERS.has(text[j]) && isAlnum(text, j + 1)) {
    j++;
    while (j < to && isAlnum(text, j)) j++;
  }
  if (j < to && APOSTROPHES.has(text[j])) {
    j++;
    if (j < to && text[j] === 's') j++;
  }
  return j;
}

/** Whether a word whose last character stands before `at` is read on past it (`wordEnd`): "Ruiz" before "'s", "'utin". */
export function wordRunsOn(text: string, at: number): boolean {
  return isAlnum(text, at) || (JOINERS.has(text[at]) && isAlnum(text, at + 1)) || APOSTROPHES.has(text[at]);
}

/** Whether the narration reads nothing at all from the character at `i`: a space or tab, an emoji, a lone symbol. */
export function readsNothing(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c !== 10 && c !== 13 && c !== 45 && !isAlnum(text, i) && !PUNCT.has(text[i]);
}

/**
 * The narration of a region of text as items, each quotation of the region standing as one item. Paragraphs break at
 * blank lines, at every line break when the text is not hard-wrapped (one paragraph per line), and in hard-wrapped
 * text without blank lines between paragraphs after a short line that ends a sentence.
 */
export function narrationItems(
  text: string,
  region: Span,
  quotations: readonly { index: number; q: Quotation }[],
  paragraphs: Paragraphing,
): Item[] {
  return runSteps(narrationItemsInSteps(text, region, quotations, paragraphs));
}

/** Quotations (with the narration before each) read in one step of narrationItemsInSteps. */
const QUOTATIONS_PER_STEP = 100;

/** narrationItems in steps of QUOTATIONS_PER_STEP quotations. */
export function* narrationItemsInSteps(
  text: string,
  region: Span,
  quotations: readonly { index: number; q: Quotation }[],
  paragraphs: Paragraphing,
): Steps<Item[]> {
  const items: Item[] = [];
  let paragraph = 0;
  // One object shape for every item, built inline: the tokenizer makes one per word of the text.
  const item = (kind: Item['kind'], s: string, lower: string, capital: boolean, start: number, end: number, quote: number): Item =>
    ({ kind, text: s, lower, capital, start, end, quote, paragraph, sentence: 0 });
  const scan = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
      } else if (c === 10 || c === 13) {
        // A line break (LF, CRLF or a lone CR), or a blank line (a paragraph break in hard-wrapped text) with the
        // white space after it.
        const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        let j = next;
        while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
        const blank = j < to && (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13);
        if (blank) while (j < to && isWhite(text, j)) j++;
        if (paragraphs.everyLine || blank || endsShortLine(text, i, paragraphs.shortLine)) paragraph++;
        i = blank ? j : next;
      } else if (isAlnum(text, i)) {
        const end = wordEnd(text, i, to);
        const tok = text.slice(i, end);
        // Keep an abbreviation's full stop with it ("Dr.", "U.S."), so that it does not end a sentence.
        const word = text.charCodeAt(end) === 46 && end < to && isAbbreviation(tok) ? tok + '.' : tok;
        // "his No1 target", "the M25": a word with a digit in it is a rank, a road or a model, never a name's.
        items.push(item('word', word, word.toLowerCase(), startsWithCapital(word, c) && !DIGIT.test(word), i, i + word.length, -1));
        i += word.length;
      } else if (c === 45) {
        const n = text.charCodeAt(i + 1) === 45 && i + 1 < to ? 2 : 1;
        const dash = n === 1 ? '-' : '--';
        items.push(item('punct', dash, dash, false, i, i + n, -1));
        i += n;
      } else {
        if (PUNCT.has(text[i])) items.push(item('punct', text[i], text[i], false, i, i + 1, -1));
        i++;
      }
    }
  };
  let at = region.start;
  let read = 0;
  for (const { index, q } of [...quotations].sort((a, b) => a.q.outer.start - b.q.outer.start)) {
    if (++read % QUOTATIONS_PER_STEP === 0) yield;
    if (q.outer.start < at) continue;
    scan(at, q.outer.start);
    const words = text.slice(q.inner.start, q.inner.end);
    items.push(item('quote', words, words.toLowerCase(), false, q.outer.start, q.outer.end, index));
    // A quotation left open at a paragraph's end is continued by the next paragraph: it ends that paragraph.
    at = q.outer.end;
  }
  scan(at, region.end);
  return capitaliseNameParticles(markSentences(uncapitaliseDatelines(items)));
}

function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A lone capital initial other than A and I ("J. Smith"), or letters joined by full stops ("U.S").
  if (word.length === 1) return /^[B-HJ-Z]$/.test(word);
  return word.includes('.') && /\p{L}\.\p{L}/u.test(word);
}

function markSentences(items: Item[]): Item[] {
  let sentence = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (i > 0 && it.paragraph !== items[i - 1].paragraph) sentence++;
    it.sentence = sentence;
    if (it.kind === 'punct' && (it.text === '.' || it.text === '!' || it.text === '?')) sentence++;
    // A quotation closing a sentence of narration with its own full stop ends it when a capitalised word follows
    // (`… called it "a wake-up call." He was blunt: …`).
    else if (it.kind === 'quote' && /[.!?]\W*$/u.test(it.text) && items[i - 1]?.kind === 'word' && /^\p{Lu}/u.test(items[i + 1]?.text ?? '')) sentence++;
  }
  return items;
}

/** How a text marks its paragraphs (see `paragraphing`). */
export interface Paragraphing {
  /** One paragraph per line: the text is not hard-wrapped. */
  readonly everyLine: boolean;
  /** In hard-wrapped text with (almost) no blank lines, a line shorter than this that ends a sentence ends a paragraph; 0 when unused. */
  readonly shortLine: number;
}

/** Whether the line break at `newline` ends a line shorter than `width` whose last word ends a sentence. */
const isLineBreak = (c: number): boolean => c === 10 || c === 13;

function endsShortLine(text: string, newline: number, width: number): boolean {
  if (width === 0) return false;
  let end = newline;
  while (end > 0 && isWhite(text, end - 1) && !isLineBreak(text.charCodeAt(end - 1))) end--;
  // Looks back at most `width` characters, so a long line (or a text of lone CRs) costs no scan to its start.
  let start = end;
  while (start > 0 && end - start < width && !isLineBreak(text.charCodeAt(start - 1))) start--;
  if (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) return false;
  return end - start < width && /[.!?]["”’'_)]*$/u.test(text.slice(Math.max(start, end - 4), end));
}

/** How the text marks its paragraphs: blank lines, one per line, or (hard-wrapped with no blank lines) short last lines. */
export function paragraphing(text: string): Paragraphing {
  const everyLine = linesAreParagraphs(text);
  if (everyLine) return { everyLine, shortLine: 0 };
  let lines = 0;
  let blanks = 0;
  const lengths: number[] = [];
  for (let from = 0; from <= text.length; lines++) {
    const to = text.indexOf('\n', from);
    const end = to < 0 ? text.length : to;
    if (/^\s*$/.test(text.slice(from, end))) blanks++;
    else lengths.push(end - from);
    from = end + 1;
  }
  // Blank lines only around headings: the paragraphs run on, line after line, each ending short.
  if (lines < 60 || blanks * 30 > lines) return { everyLine, shortLine: 0 };
  lengths.sort((a, b) => a - b);
  return { everyLine, shortLine: Math.round(lengths[Math.floor(lengths.length * 0.5)] * 0.8) };
}

/** Whether the text is hard-wrapped (paragraphs separated by blank lines) or has one paragraph per line. */
function linesAreParagraphs(text: string): boolean {
  // Line lengths without cutting the text into lines.
  const lengths: number[] = [];
  for (let from = 0; from <= text.length; ) {
    const to = text.indexOf('\n', from);
    const end = to < 0 ? text.length : to;
    if (end > from) lengths.push(end - from);
    from = end + 1;
  }
  lengths.sort((a, b) => a - b);
  if (lengths.length === 0) return true;
  return lengths[Math.floor(lengths.length * 0.9)] > 100 || !/\n[ \t\r]*\n|\r[ \t]*\r/.test(text.trim());
}
