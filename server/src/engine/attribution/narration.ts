import type { Quotation, Span } from '../types';
import { ABBREVIATIONS } from './lexicon';

/** A word, a punctuation mark or a whole quotation of the narration around quotations. */
export interface Item {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** For quote items: the index of the quotation in the list attribution was given. */
  readonly quote: number;
  readonly paragraph: number;
  /** The sentence this item belongs to, counted over the whole region. */
  sentence: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:[’']s?)?|\n[ \t]*\n\s*|\n|[.,;:!?()—–]|-{1,2}/gu;

/**
 * The narration of a region of text as items, each quotation of the region standing as one item. Paragraphs break at
 * blank lines, and at every line break when the text is not hard-wrapped (one paragraph per line).
 */
export function narrationItems(
  text: string,
  region: Span,
  quotations: readonly { index: number; q: Quotation }[],
  lineIsParagraph: boolean,
): Item[] {
  const items: Item[] = [];
  let paragraph = 0;
  const push = (kind: Item['kind'], s: string, start: number, end: number, quote = -1) =>
    items.push({ kind, text: s, lower: s.toLowerCase(), start, end, quote, paragraph, sentence: 0 });
  const scan = (from: number, to: number) => {
    for (const m of text.slice(from, to).matchAll(TOKEN)) {
      const start = from + m.index;
      const tok = m[0];
      if (tok.startsWith('\n')) {
        if (lineIsParagraph || /\n[ \t]*\n/.test(tok)) paragraph++;
        continue;
      }
      let word = tok;
      // Keep an abbreviation's full stop with it ("Dr.", "U.S."), so that it does not end a sentence.
      if (/^[\p{L}\p{N}]/u.test(tok) && text[start + tok.length] === '.' && isAbbreviation(tok)) word = tok + '.';
      push(/^[\p{L}\p{N}]/u.test(word) ? 'word' : 'punct', word, start, start + word.length);
    }
  };
  let at = region.start;
  for (const { index, q } of [...quotations].sort((a, b) => a.q.outer.start - b.q.outer.start)) {
    if (q.outer.start < at) continue;
    scan(at, q.outer.start);
    push('quote', text.slice(q.inner.start, q.inner.end), q.outer.start, q.outer.end, index);
    // A quotation left open at a paragraph's end is continued by the next paragraph: it ends that paragraph.
    at = q.outer.end;
  }
  scan(at, region.end);
  return markSentences(dropAbbreviationStops(items));
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[B-HJ-Z]$/.test(word) || /\p{L}\.\p{L}/u.test(word);
}

function dropAbbreviationStops(items: Item[]): Item[] {
  return items.filter((it, i) => !(it.text === '.' && i > 0 && items[i - 1].text.endsWith('.') && items[i - 1].end === it.end));
}

function markSentences(items: Item[]): Item[] {
  let sentence = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (i > 0 && it.paragraph !== items[i - 1].paragraph) sentence++;
    it.sentence = sentence;
    if (it.kind === 'punct' && /^[.!?]$/.test(it.text)) sentence++;
    // A quotation closing a sentence of narration with its own full stop ends it when a capitalised word follows
    // (`… called it "a wake-up call." He was blunt: …`).
    else if (it.kind === 'quote' && /[.!?]\W*$/u.test(it.text) && items[i - 1]?.kind === 'word' && /^\p{Lu}/u.test(items[i + 1]?.text ?? '')) sentence++;
  }
  return items;
}

/** Whether the text is hard-wrapped (paragraphs separated by blank lines) or has one paragraph per line. */
export function linesAreParagraphs(text: string): boolean {
  const lengths = text.split('\n').map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return true;
  return lengths[Math.floor(lengths.length * 0.9)] > 100 || !/\n[ \t]*\n/.test(text.trim());
}
