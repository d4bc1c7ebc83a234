import type { Corpus, SourceModel } from '../corpus/corpus';
import type { RetrievalHit } from '../index/retriever';
import type { DiffOp, Span, Token } from '../types';
import { align, MAX_GAP_WORDS, type Alignment, type Step } from './align';
import { fixText } from './fixText';
import { carriesMeaning } from './meaning';
import { movedBlocks } from './moved';
import { type QuotePart, readQuote } from './quoteParts';
import { WordCodes } from './wordCodes';

export { findCopiedRuns, type CopiedRun } from './copiedRuns';

/** How a draft's quotation stands against one source passage. */
export interface PassageMatch {
  readonly docId: string;
  /** The source text the quote's words align with, from the first aligned word to the last. */
  readonly span: Span;
  /** Word-level diff, in draft order: what the draft has against what the source says. */
  readonly diff: readonly DiffOp[];
  /** True when every difference is an allowed editorial one (first-letter case, end punctuation, ellipsis, brackets, [sic]). */
  readonly exact: boolean;
  /**
   * Words in common over words in either: same words / (the quote's words + source stretches left out), 0 to 1. A
   * stretch left out counts once whatever its length, so a stitched quote stays a (flagged) match.
   */
  readonly similarity: number;
  /** A changed number or negation: the quote says something the source does not. */
  readonly meaningChanged: boolean;
  /** Replacement for the draft's inner text that restores the source wording, keeping the writer's allowed edits. */
  readonly fixText: string;
  /** Where the source has the stretches of the quote that stand elsewhere in it (fixText moves them back there). */
  readonly moved: readonly Span[];
}

/**
 * The line between a misquote and a quote found nowhere. A misquote keeps most of its words, in order: one word in
 * four changed still leaves 0.75 (0.6 allows two changes in five). Unrelated sentences on the same topic share some
 * words, but rarely in order and rarely more than a third of them. The benchmark checks both sides: the lowest
 * similarity of its edited quotes (1–3 edits, ≥ 0.77 so far) and its absent quotes, all reported absent.
 */
export const MIN_SIMILARITY = 0.6;
/** Deleted source runs up to this long count as a change of meaning when they hold a negation or a number. */
const MEANINGFUL_DELETION_WORDS = 2;
/** A misquote shares at least this many words with its passage, so a few common words never make a match. */
const MIN_ANCHORS = 3;
/** Quotes of this many words or fewer match only exactly: too short to tell a variant from a coincidence. */
const SHORT_QUOTE_WORDS = 3;
/** Candidate passages retrieved per quote, at least. */
const CANDIDATES = 16;
/** How far beyond its hit a window first reaches: room for a few words dropped or changed at the quote's ends. */
const NARROW_REACH = 8;
/** How far a widened window reaches: two gaps' worth, so pieces stitched from farther apart still show as such. */
const WIDE_REACH = 2 * MAX_GAP_WORDS;
/** Votes a window needs to be worth widening: two word triples, a piece of four words or more. */
const MIN_PIECE_VOTES = 2;
/** Candidates with less than this share of the best candidate's votes are not worth aligning. */
const WEAKEST_CANDIDATE = 0.5;

/** The source passages a quotation's inner text best matches, best first (equally close ones all kept, up to limit). */
export function findPassages(quoteText: string, corpus: Corpus, limit = 3): PassageMatch[] {
  const parts = readQuote(quoteText);
  const words = wordsOf(parts);
  if (words.length === 0 || limit <= 0) return [];
  const found: { described: Described; cost: number }[] = [];
  const hits = corpus.retriever.search(words, Math.max(CANDIDATES, 4 * limit), WEAKEST_CANDIDATE);
  const promising = hits.filter((h) => h.score >= WEAKEST_CANDIDATE * hits[0].score);
  // Narrow windows first; a window that leaves a piece of the quote unexplained (an elided or stitched quote, whose
  // other pieces may stand a few sentences away) is aligned again, widened.
  const elided = parts.some((p) => p.kind === 'ellipsis');
  const codes = new WordCodes(parts);
  for (const window of windows(corpus, promising, elided ? MAX_GAP_WORDS : NARROW_REACH)) {
    const { docId, model, tokens } = window;
    const attempt = (lo: number, hi: number) => alignWindow(quoteText, parts, codes, docId, model, tokens, lo, hi);
    let result = attempt(window.lo, window.hi);
    if (!elided && window.score >= MIN_PIECE_VOTES && (!result || unexplainedEnd(result.alignment))) {
      result = attempt(Math.max(0, window.lo - WIDE_REACH), Math.min(tokens.length, window.hi + WIDE_REACH)) ?? result;
    }
    if (result && accepted(result.described, words.length)) found.push({ described: result.described, cost: result.alignment.cost });
  }
  found.sort((a, b) => a.cost - b.cost || b.described.similarity - a.described.similarity || byId(a.described.docId, b.described.docId) || a.described.span.start - b.described.span.start);
  const seen = new Set<string>();
  return found
    .filter(({ described: { docId, span } }) => !seen.has(`${docId}\0${span.start}`) && seen.add(`${docId}\0${span.start}`))
    .slice(0, limit)
    .map((f) => f.described.match());
}

/** The words findPassages searches the index for, to announce the search (see Retriever.prepare). */
export function passageSearchWords(quoteText: string): string[] {
  return wordsOf(readQuote(quoteText));
}

function wordsOf(parts: readonly QuotePart[]): string[] {
  const words: string[] = [];
  for (const part of parts) if (part.kind === 'word') words.push(part.norm);
  return words;
}

/** The window tokens[lo, hi) of model's words aligned with the quote, unless too few of the quote's words are in it. */
function alignWindow(quote: string, parts: readonly QuotePart[], codes: WordCodes, docId: string, model: SourceModel, tokens: readonly Token[], lo: number, hi: number) {
  const window = codes.encode(tokens, lo, hi);
  if (!canMatch(codes.words, window.present)) return null;
  const alignment = align(parts, codes, window.codes);
  const described = describe(quote, parts, codes.words, docId, model, tokens.slice(lo, hi), alignment);
  return described ? { alignment, described } : null;
}

/** Three or more words added at either end: perhaps a piece of the quote that stands farther away. */
function unexplainedEnd({ steps }: Alignment): boolean {
  const added = (order: readonly Step[]) => {
    let n = 0;
    for (const s of order) {
      if (s.kind === 'insert') n++;
      else if (s.kind !== 'delete') break;
    }
    return n;
  };
  return added(steps) >= 3 || added([...steps].reverse()) >= 3;
}

interface Window {
  readonly docId: string;
  readonly model: SourceModel;
  /** The document's words, read once per window (each read counts as a use of the source). */
  readonly tokens: readonly Token[];
  readonly lo: number;
  readonly hi: number;
  /** The best score of the hits it holds. */
  readonly score: number;
}

/** Each hit widened by reach words both ways; overlapping windows of one document merged. */
function windows(corpus: Corpus, hits: readonly RetrievalHit[], reach: number): Window[] {
  const byDoc = new Map<string, Window[]>();
  for (const hit of hits) {
    const model = corpus.get(hit.docId);
    if (!model) continue;
    const list = byDoc.get(hit.docId) ?? byDoc.set(hit.docId, []).get(hit.docId)!;
    const tokens = list.length > 0 ? list[0].tokens : model.tokens;
    list.push({ docId: hit.docId, model, tokens, lo: Math.max(0, hit.wordStart - reach), hi: Math.min(tokens.length, hit.wordEnd + reach), score: hit.score });
  }
  const out: Window[] = [];
  for (const list of byDoc.values()) {
    list.sort((a, b) => a.lo - b.lo);
    let current = list[0];
    for (const next of list.slice(1)) {
      if (next.lo <= current.hi) current = { ...current, hi: Math.max(current.hi, next.hi), score: Math.max(current.score, next.score) };
      else {
        out.push(current);
        current = next;
      }
    }
    out.push(current);
  }
  return out;
}

/**
 * Cheap bound before aligning: words matched or moved are words the window has (`present` of the quote's `words`), so
 * too few of those rule it out.
 */
function canMatch(words: number, present: number): boolean {
  return present >= (words <= SHORT_QUOTE_WORDS ? words : MIN_SIMILARITY * words);
}

/** A passage aligned with the quote: what ranks and accepts it, and its full match, built only if it is returned. */
interface Described {
  readonly docId: string;
  readonly span: Span;
  readonly similarity: number;
  /** True when every difference is an allowed editorial one (see PassageMatch). */
  readonly exact: boolean;
  /** Quote words equal to their source word, in order. */
  readonly anchors: number;
  /** Quote words found moved (reordered) within the passage. */
  readonly moved: number;
  readonly dropped: number;
  /** The diff, meaning and fix text: most passages aligned are not returned, and those need none of it. */
  readonly match: () => PassageMatch;
}

/** Short quotes only exactly; others when most of their words stand in the passage, in order or moved as blocks. */
function accepted({ exact, anchors, moved, dropped }: Described, quoteWords: number): boolean {
  if (quoteWords <= SHORT_QUOTE_WORDS) return exact;
  return (anchors + moved) / (quoteWords + dropped) >= MIN_SIMILARITY && anchors >= MIN_ANCHORS;
}

function describe(
  quote: string,
  parts: readonly QuotePart[],
  wordCount: number,
  docId: string,
  model: SourceModel,
  tokens: readonly Token[],
  { steps }: Alignment,
): Described | null {
  let same = 0;
  let dropped = 0;
  let exact = true;
  let lo = Infinity;
  let hi = -Infinity;
  const cover = (from: number, to: number) => {
    if (to > from) [lo, hi] = [Math.min(lo, from), Math.max(hi, to - 1)];
  };
  for (const step of steps) {
    switch (step.kind) {
      case 'same':
      case 'replace':
        cover(step.src, step.src + 1);
        if (step.kind === 'same') same++;
        else exact = false;
        break;
      case 'insert':
        exact = false;
        break;
      case 'skip':
        cover(step.from, step.to);
        break;
      case 'delete':
        cover(step.from, step.to);
        dropped++;
        exact = false;
    }
  }
  if (lo > hi) return null;
  const moved = exact ? [] : movedBlocks(parts, steps, tokens);
  const span = { start: tokens[lo].start, end: tokens[hi].end };
  const similarity = same / (wordCount + dropped);
  let match: PassageMatch | undefined;
  const build = (): PassageMatch => {
    const { diff, meaningChanged } = diffOf(quote, parts, model.doc.text, tokens, steps);
    const fix = exact ? quote : fixText(quote, parts, steps, moved, model.doc.text, tokens, () => model.analysis.quotations);
    const movedSpans = moved.map((b) => ({ start: tokens[b.from].start, end: tokens[b.from + b.words - 1].end }));
    return { docId, span, diff, exact, similarity, meaningChanged, fixText: fix, moved: movedSpans };
  };
  return { docId, span, similarity, exact, anchors: same, moved: moved.reduce((n, b) => n + b.words, 0), dropped, match: () => (match ??= build()) };
}

/** The word-level diff of an alignment, in draft order, and whether it changes a number or a negation. */
function diffOf(quote: string, parts: readonly QuotePart[], source: string, tokens: readonly Token[], steps: readonly Step[]): { diff: DiffOp[]; meaningChanged: boolean } {
  const draftText = (i: number) => quote.slice(parts[i].start, parts[i].end);
  const sourceText = (from: number, to: number) => (to > from ? source.slice(tokens[from].start, tokens[to - 1].end) : '');
  const diff: DiffOp[] = [];
  let meaningChanged = false;
  for (const step of steps) {
    switch (step.kind) {
      case 'same':
      case 'replace':
        diff.push({ kind: step.kind, draft: draftText(step.part), source: sourceText(step.src, step.src + 1) });
        if (step.kind === 'replace') meaningChanged ||= carriesMeaning(norm(parts[step.part])) || carriesMeaning(tokens[step.src].norm);
        break;
      case 'insert':
        diff.push({ kind: 'insert', draft: draftText(step.part) });
        meaningChanged ||= carriesMeaning(norm(parts[step.part]));
        break;
      case 'skip':
        diff.push({ kind: 'same', draft: draftText(step.part), source: sourceText(step.from, step.to) });
        break;
      case 'delete':
        diff.push({ kind: 'delete', source: sourceText(step.from, step.to) });
        // A dropped "not" or number changes what was said; a longer cut is a stitch or an unmarked elision, flagged as
        // a misquote but not as a change of meaning.
        if (step.to - step.from <= MEANINGFUL_DELETION_WORDS) {
          for (let j = step.from; j < step.to; j++) meaningChanged ||= carriesMeaning(tokens[j].norm);
        }
    }
  }
  return { diff, meaningChanged };
}

function norm(part: QuotePart): string {
  return part.kind === 'word' ? part.norm : '';
}

/** Code-unit order: deterministic and cheap (no locale rules). */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
