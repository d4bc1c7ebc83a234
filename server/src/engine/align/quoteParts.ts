import { normalizeWord, tokenize } from '../text/tokenize';

/**
 * A draft quotation read with the editorial conventions in mind: its words, and the marks that license a departure
 * from the source (an ellipsis eliding words, a bracket adding or replacing words, [sic]). Offsets are into the quote.
 */
export type QuotePart =
  | { readonly kind: 'word'; readonly norm: string; readonly start: number; readonly end: number }
  | { readonly kind: 'ellipsis'; readonly start: number; readonly end: number }
  /** Stands for 0 to maxWords source words; [sic] stands for none (it only vouches for the word before it). */
  | { readonly kind: 'bracket'; readonly start: number; readonly end: number; readonly maxWords: number };

/** How many source words one bracketed insertion may stand for ("[Putin]" for "He", "[the agreement]" for "it"). */
export const BRACKET_MAX_WORDS = 4;

// An ellipsis (…, ..., . . .), a bracket inside a word ("[T]he", "fight[s]": the letters count as the word's own), and
// a bracket on its own, with a possessive that belongs to it ("[Putin]'s" for "his").
const MARKS =
  /(?<ellipsis>\.(?:[ \u00a0]?\.){2,}|…)|(?<inWord>[\p{L}\p{N}]+\[[\p{L}\p{N}]{1,3}\][\p{L}\p{N}]*|\[[\p{L}\p{N}]{1,3}\][\p{L}\p{N}]+)|(?<bracket>\[[^[\]]*\](?:['’]s\b)?)/gu;
const SIC = /^\[\s*sic\s*\]$/i;
/** What every mark above starts with or holds: a quote without it (most quotes) skips the costly Unicode search. */
const MARK_HINT = /[[…]|\.[ \u00a0]?\./;

export function readQuote(text: string): QuotePart[] {
  const parts: QuotePart[] = [];
  let at = 0;
  const words = (end: number) => {
    for (const t of tokenize(text, { start: at, end })) parts.push({ kind: 'word', norm: t.norm, start: t.start, end: t.end });
  };
  if (!MARK_HINT.test(text)) {
    words(text.length);
    return parts;
  }
  for (const m of text.matchAll(MARKS)) {
    words(m.index);
    const start = m.index;
    const end = start + m[0].length;
    if (m.groups!.ellipsis) parts.push({ kind: 'ellipsis', start, end });
    else if (m.groups!.inWord) parts.push({ kind: 'word', norm: normalizeWord(m[0].replace(/[[\]]/g, '')), start, end });
    else parts.push({ kind: 'bracket', start, end, maxWords: SIC.test(m[0]) ? 0 : BRACKET_MAX_WORDS });
    at = end;
  }
  words(text.length);
  return parts;
}
