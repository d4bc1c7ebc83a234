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
  WORD.lastIndex = span.start;
  for (let m = WORD.exec(text); m !== null && m.index < span.end; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, span.end);
    tokens.push({ norm: normalizeWord(text.slice(m.index, end)), start: m.index, end });
  }
  return tokens;
}
