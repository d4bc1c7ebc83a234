import type { Span, Token } from '../types';

// A word: letters, marks and digits, with apostrophes or dots between them (don't, Ukraine’s, U.S), group commas
// between digits (1,000), and invisible soft hyphens or joiners inside.
// Hyphens and dashes split words, so "28-point" matches "28 point" and "Witkoff - long" matches "Witkoff – long".
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’‘ʼ.\u00ad\u200c\u200d]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const COMBINING = /\p{M}+/gu;
const INVISIBLE = /[\u00ad\u200c\u200d]/g;
const APOSTROPHES = /[’‘ʼ]/g;
const DIGIT_GROUP = /(?<=\p{N}),(?=\p{N})/gu;

// Most words of English text need nothing but lower-casing: they skip the Unicode folding below.
const PLAIN_ASCII = /^[A-Za-z0-9'.]*$/;

/** The form two words must share to count as the same word: case, accents, apostrophe style and Unicode form folded. */
export function normalizeWord(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(DIGIT_GROUP, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFC');
}

/** The words of text (or of one span of it), each with its offsets into text: the map back to the original. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  scanWords(text, span, (start, end, plain) => {
    const word = text.slice(start, end);
    tokens.push({ norm: plain ? word.toLowerCase() : normalizeWord(word), start, end });
  });
  return tokens;
}

/**
 * Calls visit for every word of the span, in order, as WORD finds them (a word running past the span's end is cut
 * there). `plain` words are ASCII letters and digits joined by ' or .: their normal form is their lower case, and
 * `hash` is foldedHash of it, computed while scanning (an index interns the word without reading it twice; 0 for
 * other words). ASCII text is scanned by hand, without a match object or string per word; anything else is left to
 * WORD itself.
 */
export function scanWords(text: string, span: Span, visit: (start: number, end: number, plain: boolean, hash: number) => void): void {
  const length = text.length;
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    if (!isAsciiWordChar(c)) {
      if (c < 0x80 || NOT_IN_WORDS.has(c)) {
        i++;
        continue;
      }
    } else {
      const end = asciiWordEnd(text, i, length);
      if (end > 0) {
        if (end <= span.end) visit(i, end, true, scannedHash);
        else visit(i, span.end, true, foldedHash(text, i, span.end));
        i = end;
        continue;
      }
      if (end < 0) {
        visit(i, Math.min(-end, span.end), false, 0);
        i = -end;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m === null || m.index >= span.end) return;
    const end = m.index + m[0].length;
    visit(m.index, Math.min(end, span.end), false, 0);
    i = end;
  }
}

// Characters that are neither part of a word nor a joiner inside one: common punctuation of news text, skipped
// without asking WORD.
const NOT_IN_WORDS = new Set([0x201c, 0x201d, 0x201e, 0x00ab, 0x00bb, 0x2013, 0x2014, 0x00a0, 0x2026, 0x2022, 0x2039, 0x203a]);
/** Curly apostrophes: they join word parts (Ukraine’s) and normalizeWord folds them to '. (ʼ is a letter: WORD reads it.) */
const CURLY_APOSTROPHES = new Set([0x2019, 0x2018]);

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The end of the ASCII word starting at i: positive for a plain word, negative for one that needs normalizeWord (a
 * curly apostrophe, a digit-group comma), 0 when a character only WORD can judge comes next.
 */
function asciiWordEnd(text: string, i: number, length: number): number {
  let j = i + 1;
  let plain = true;
  let hash = foldUnit(FNV_OFFSET, text.charCodeAt(i));
  for (;;) {
    let c = 0;
    while (j < length && isAsciiWordChar((c = text.charCodeAt(j)))) {
      hash = foldUnit(hash, c);
      j++;
    }
    if (j >= length) break;
    const d = c;
    const curly = CURLY_APOSTROPHES.has(d);
    if (d >= 0x80 && !curly) {
      scannedHash = hash;
      return NOT_IN_WORDS.has(d) ? (plain ? j : -j) : 0;
    }
    const comma = d === 0x2c && isAsciiDigit(text.charCodeAt(j - 1));
    if (!(curly || comma || d === 0x27 || d === 0x2e) || j + 1 >= length) break;
    const e = text.charCodeAt(j + 1);
    if (e >= 0x80) return 0;
    if (comma ? !isAsciiDigit(e) : !isAsciiWordChar(e)) break;
    if (curly || comma) plain = false;
    hash = foldUnit(foldUnit(hash, d), e);
    j += 2;
  }
  scannedHash = hash;
  return plain ? j : -j;
}

/** foldedHash of the plain word asciiWordEnd last measured: a second result, so the hot loop allocates nothing. */
let scannedHash = 0;

const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step on a code unit, ASCII capitals read as small letters. */
function foldUnit(hash: number, c: number): number {
  return Math.imul(hash ^ (c >= 0x41 && c <= 0x5a ? c + 0x20 : c), 0x01000193);
}

/** FNV-1a over text[start, end) with ASCII capitals read as small letters: equal for a plain word and its normal form. */
export function foldedHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = foldUnit(hash, text.charCodeAt(i));
  return hash;
}
