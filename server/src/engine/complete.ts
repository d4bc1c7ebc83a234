import type { Corpus, SourceModel } from './corpus/corpus';
import { tokenize } from './text/tokenize';
import type { SourcePassage, Span, Token } from './types';

/** One exact source wording that continues what the writer has typed after an opening quotation mark. */
export interface QuoteCompletion {
  /** The draft's typed words (and a closing mark already there) that the completion replaces. */
  readonly replace: Span;
  /** The exact source words from the first typed word on, and the closing mark. */
  readonly newText: string;
  readonly passage: SourcePassage;
}

// Opening double marks and the mark that closes each. Single marks are left out: they double as apostrophes.
const CLOSING: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const ANY_DOUBLE_MARK = /["“”«»„]/g;
/** How far back an opening mark is looked for: a quotation being typed is a sentence or two, not a page. */
const LOOKBACK = 600;

/** The opening mark of a quotation still open at offset, within its paragraph, or null. */
function openMarkBefore(text: string, offset: number): number | null {
  const from = Math.max(0, offset - LOOKBACK);
  const before = text.slice(from, offset);
  const paragraphStart = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('\r\n\r\n'));
  const paragraph = before.slice(paragraphStart + 1);
  const marks = [...paragraph.matchAll(ANY_DOUBLE_MARK)];
  const last = marks.at(-1);
  if (!last) return null;
  const mark = last[0];
  // A straight mark opens when it is the odd one out; a curly mark by its shape.
  const opens = mark === '"' ? marks.filter((m) => m[0] === '"').length % 2 === 1 : mark in CLOSING;
  return opens ? from + paragraphStart + 1 + last.index : null;
}

interface QuoteWords {
  readonly model: SourceModel;
  readonly inner: Span;
  readonly closeMark: string | null;
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly tokens: readonly Token[];
}

interface WordIndex {
  readonly version: number;
  /** Every word of every source quotation → the quotations and positions where it stands. */
  readonly at: Map<string, { quote: QuoteWords; index: number }[]>;
}

// Built lazily per corpus version: completion is rare next to checking, so indexing waits for the first request.
const indexes = new WeakMap<Corpus, WordIndex>();

function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < span.start) low = mid + 1;
    else high = mid;
  }
  const within: Token[] = [];
  for (let i = low; i < tokens.length && tokens[i].end <= span.end; i++) within.push(tokens[i]);
  return within;
}

function wordIndex(corpus: Corpus): WordIndex {
  const cached = indexes.get(corpus);
  if (cached && cached.version === corpus.version) return cached;
  const at = new Map<string, { quote: QuoteWords; index: number }[]>();
  for (const model of corpus.all()) {
    for (const q of model.analysis.quotations) {
      const tokens = tokensWithin(model.tokens, q.inner);
      const quote: QuoteWords = {
        model,
        inner: q.inner,
        closeMark: q.closeMark,
        speaker: q.attribution.speaker,
        timestamp: q.timestamp,
        tokens,
      };
      tokens.forEach((t, index) => {
        const list = at.get(t.norm);
        if (list) list.push({ quote, index });
        else at.set(t.norm, [{ quote, index }]);
      });
    }
  }
  const index = { version: corpus.version, at };
  indexes.set(corpus, index);
  return index;
}

/**
 * Exact source quotations that continue the words typed since an unclosed opening mark before offset. At least
 * minWords words must be typed; the last may be unfinished (a prefix). Quotations that begin with the typed words
 * come first, then those where they start mid-quotation (a partial quote).
 */
export function completeQuote(text: string, offset: number, corpus: Corpus, options: { minWords?: number; limit?: number } = {}): QuoteCompletion[] {
  const minWords = options.minWords ?? 2;
  const limit = options.limit ?? 20;
  if (offset < 0 || offset > text.length) return [];
  const open = openMarkBefore(text, offset);
  if (open === null) return [];
  const typed = tokenize(text, { start: open + 1, end: offset });
  if (typed.length < minWords) return [];
  const lastUnfinished = typed[typed.length - 1].end === offset;
  const closing = CLOSING[text[open]] ?? '"';

  const matches = (quote: QuoteWords, from: number): boolean => {
    if (from + typed.length > quote.tokens.length) return false;
    return typed.every((t, k) => {
      const word = quote.tokens[from + k].norm;
      return k === typed.length - 1 && lastUnfinished ? word.startsWith(t.norm) : word === t.norm;
    });
  };

  const found: { completion: QuoteCompletion; midQuote: boolean }[] = [];
  const seen = new Set<string>();
  for (const { quote, index } of wordIndex(corpus).at.get(typed[0].norm) ?? []) {
    if (!matches(quote, index)) continue;
    const start = quote.tokens[index].start;
    const words = quote.model.doc.text.slice(start, quote.inner.end);
    const newText = words + closing;
    if (seen.has(newText)) continue;
    seen.add(newText);
    const replaceEnd = text.startsWith(closing, offset) ? offset + closing.length : offset;
    found.push({
      midQuote: index > 0,
      completion: {
        replace: { start: typed[0].start, end: replaceEnd },
        newText,
        passage: {
          docId: quote.model.doc.id,
          span: { start, end: quote.inner.end },
          text: words,
          speaker: quote.speaker,
          timestamp: quote.timestamp,
        },
      },
    });
  }
  found.sort((a, b) => Number(a.midQuote) - Number(b.midQuote));
  return found.slice(0, limit).map((f) => f.completion);
}
