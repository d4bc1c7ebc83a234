import { isSpace } from '../text/paragraphs';

// Quotation marks and what their surroundings say about them: whether a mark may open or close a quotation, or is an
// apostrophe. The context rule is CommonMark's "flanking" rule: a mark followed by a word opens, one preceded by a word
// closes; punctuation on one side counts only when the other side is space or punctuation too.

export type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

export interface Mark {
  readonly at: number;
  readonly char: string;
  readonly family: Family;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** A closing single mark after "s", which may well be a plural possessive (the students’ plan). */
  readonly possessive: boolean;
}

interface Glyph {
  readonly family: Family;
  readonly shape: 'straight' | 'open' | 'close' | 'low' | 'mirror';
}

const GLYPHS: ReadonlyMap<string, Glyph> = new Map<string, Glyph>([
  ['"', { family: 'double', shape: 'straight' }],
  ['“', { family: 'double', shape: 'open' }],
  ['‟', { family: 'double', shape: 'open' }],
  ['”', { family: 'double', shape: 'close' }],
  ['„', { family: 'double', shape: 'low' }],
  ['＂', { family: 'double', shape: 'straight' }],
  ["'", { family: 'single', shape: 'straight' }],
  ['‘', { family: 'single', shape: 'open' }],
  ['‛', { family: 'single', shape: 'open' }],
  ['’', { family: 'single', shape: 'close' }],
  ['‚', { family: 'single', shape: 'low' }],
  ['«', { family: 'guillemet', shape: 'mirror' }],
  ['»', { family: 'guillemet', shape: 'mirror' }],
  ['‹', { family: 'single-guillemet', shape: 'mirror' }],
  ['›', { family: 'single-guillemet', shape: 'mirror' }],
  ['「', { family: 'corner', shape: 'open' }],
  ['」', { family: 'corner', shape: 'close' }],
  ['『', { family: 'white-corner', shape: 'open' }],
  ['』', { family: 'white-corner', shape: 'close' }],
]);

/** The mirror image of a guillemet: the mark that closes a quotation it opens. */
export const MIRROR: Readonly<Record<string, string>> = { '«': '»', '»': '«', '‹': '›', '›': '‹' };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Punctuation that ends a quoted clause right before its closing mark ("Hello,"he said). */
const CLAUSE_END = /[,.;:!?…\-–—]/;
/** Words that begin with an elided letter, so the mark before them is an apostrophe ('em, ’tis, rock ’n’ roll). */
const ELISIONS = new Set(['em', 'tis', 'twas', 'twere', 'twill', 'twould', 'n', 'cause', 'til', 'bout', 'ave', 'ere']);
const ELIDED_WORD = /^[\p{L}]+/u;
const ELIDED_YEAR = /^\d\d(?:s\b|\b)/;

export function isQuoteChar(char: string): boolean {
  return GLYPHS.has(char);
}

/** Every quotation glyph, for a native search that skips the text between marks. */
const ANY_GLYPH = new RegExp(`[${[...GLYPHS.keys()].join('')}]`, 'g');

/** The offsets of every quotation glyph of text, in order (marks or apostrophes alike). */
export function glyphOffsets(text: string): number[] {
  const offsets: number[] = [];
  ANY_GLYPH.lastIndex = 0;
  for (let m = ANY_GLYPH.exec(text); m !== null; m = ANY_GLYPH.exec(text)) offsets.push(m.index);
  return offsets;
}

/** The mark at `at` in text, read within [from, to) (outside counts as space), or null when it is no quotation mark. */
export function readMark(text: string, at: number, from: number, to: number): Mark | null {
  const char = text[at];
  const glyph = GLYPHS.get(char);
  if (glyph === undefined) return null;
  const before = at > from ? text[at - 1] : ' ';
  const after = at + 1 < to ? text[at + 1] : ' ';
  if (glyph.family === 'single' && isApostrophe(text, at, before, after, to)) return null;
  const left = isLeftFlanking(before, after);
  const right = isRightFlanking(before, after);
  const mark = (canOpen: boolean, canClose: boolean): Mark => ({
    at, char, family: glyph.family, canOpen, canClose,
    possessive: glyph.family === 'single' && canClose && !left && (before === 's' || before === 'S'),
  });
  switch (glyph.shape) {
    case 'straight':
      return mark(left, right || (CLAUSE_END.test(before) && !isSpace(after.charCodeAt(0))));
    case 'open':
      // An opening glyph closes only where nothing could follow it (a German „…“ or a slip of the keyboard), or
      // where it ends a clause and no word follows (German „…,“, sagte er).
      return mark(true, right && (!left || (CLAUSE_END.test(before) && !WORD_CHAR.test(after))));
    case 'close':
      // A closing glyph opens only where it is plainly followed by its words (Swedish ”…”, or a slip).
      return mark(left && !right, true);
    case 'low':
      return mark(true, false);
    case 'mirror':
      // French puts spaces inside guillemets (« Oui »), so flanking says little; the scanner pairs them by mirror image.
      // Only a guillemet that flanks a word on one side alone says which it is: «Oui» and »Ja« both open on the left.
      return mark(!(right && !left), !(left && !right));
  }
}

function isApostrophe(text: string, at: number, before: string, after: string, to: number): boolean {
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return true;
  if (WORD_CHAR.test(before) || !WORD_CHAR.test(after)) return false;
  const rest = text.slice(at + 1, Math.min(to, at + 12));
  if (ELIDED_YEAR.test(rest)) return true;
  const word = ELIDED_WORD.exec(rest)?.[0].toLowerCase();
  return word !== undefined && ELISIONS.has(word);
}

function isLeftFlanking(before: string, after: string): boolean {
  if (isSpace(after.charCodeAt(0))) return false;
  return !isPunctuation(after) || isSpace(before.charCodeAt(0)) || isPunctuation(before);
}

function isRightFlanking(before: string, after: string): boolean {
  if (isSpace(before.charCodeAt(0))) return false;
  return !isPunctuation(before) || isSpace(after.charCodeAt(0)) || isPunctuation(after);
}

function isPunctuation(char: string): boolean {
  return PUNCTUATION.test(char);
}
