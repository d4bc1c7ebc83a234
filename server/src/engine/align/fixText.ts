import type { Quotation, Span, Token } from '../types';
import { LONG_GAP_MIN, MAX_GAP_WORDS, type Step } from './align';
import type { MovedBlock } from './moved';
import type { QuotePart } from './quoteParts';

/** What a fix writes where the draft left out a long stretch without saying so. */
const DEFAULT_ELLIPSIS = '...';
/** Marks that would close or open the draft's own quotation if the fix wrote them inside it. */
const QUOTE_MARK = /["“”«»„]|``|''/;
/** Each such mark as a quote inside a quote writes it: double marks become single ones. */
const NESTED_MARKS: Record<string, string> = { '"': "'", '“': '‘', '”': '’', '«': '‹', '»': '›', '„': '‚', '``': '`', "''": "'" };
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'g');

/**
 * The quote's inner text with the source's own wording restored: each run of words between the writer's ellipses and
 * brackets becomes the source text it aligns with (the source's characters, punctuation included), while the
 * ellipses, brackets and the text around them stay the writer's. A stretch left out without an ellipsis comes back
 * when short, and becomes an ellipsis when long or when it holds quotation marks (two source quotations joined); a capital the writer changed on a run's first letter stays.
 * The fix never writes a mark that would end the draft's quotation: a run restored across the edge of a source
 * quotation keeps only the quoted words (pieces of two quotations joined by an ellipsis, also when the pieces are two
 * runs apart, as across the draft's own marks at a paragraph break), a quotation the source nests inside the run gets
 * single marks, and any other mark is left out.
 */
export function fixText(
  quote: string,
  parts: readonly QuotePart[],
  steps: readonly Step[],
  moved: readonly MovedBlock[],
  source: string,
  tokens: readonly Token[],
  sourceQuotations: () => readonly Quotation[],
): string {
  const runs = wordRuns(parts);
  const runOf = new Int32Array(parts.length).fill(-1);
  runs.forEach(([first, last], r) => runOf.fill(r, first, last + 1));
  const covered = runs.map(() => ({ lo: Infinity, hi: -Infinity, dropped: [] as [number, number][] }));
  // A dropped stretch belongs to the run of the word it follows, or failing that the run of the word after it.
  const owner = (after: number) => (after >= 0 && runOf[after] >= 0 ? runOf[after] : after + 1 < parts.length ? runOf[after + 1] : -1);
  const ellipsis = parts.find((p) => p.kind === 'ellipsis');
  const mark = ellipsis ? quote.slice(ellipsis.start, ellipsis.end) : DEFAULT_ELLIPSIS;

  const isMoved = new Uint8Array(parts.length);
  for (const b of moved) isMoved.fill(1, b.part, b.part + b.words);
  for (const step of steps) {
    if ((step.kind === 'same' || step.kind === 'replace') && !isMoved[step.part]) {
      const c = covered[runOf[step.part]];
      c.lo = Math.min(c.lo, step.src);
      c.hi = Math.max(c.hi, step.src);
    } else if (step.kind === 'delete' && owner(step.after) >= 0) {
      const dropped = covered[owner(step.after)].dropped;
      const last = dropped[dropped.length - 1];
      if (last && last[1] === step.from) last[1] = step.to;
      else dropped.push([step.from, step.to]);
    }
  }
  // A moved stretch is restored in the source's order: its run covers where it really stands.
  for (const { part, from, words } of moved) {
    const c = covered[runOf[part]];
    [c.lo, c.hi] = [Math.min(c.lo, from), Math.max(c.hi, from + words - 1)];
  }
  // Long stretches between the run's words become an ellipsis; the rest is restored.
  const gaps = covered.map((c) => {
    const inside = c.dropped.filter(
      ([from, to]) => from > c.lo && to <= c.hi && (to - from >= LONG_GAP_MIN || QUOTE_MARK.test(source.slice(tokens[from - 1].end, tokens[to].start))),
    );
    for (const [from, to] of c.dropped) [c.lo, c.hi] = [Math.min(c.lo, from), Math.max(c.hi, to - 1)];
    return inside;
  });

  if (!marksBridge(parts, runs, covered)) return quote;

  /** The source words the draft's words of run r stand for (moved ones where they really stand). */
  const alignedWords = (r: number): Set<number> => {
    const words = new Set<number>();
    for (const step of steps) if ((step.kind === 'same' || step.kind === 'replace') && runOf[step.part] === r && !isMoved[step.part]) words.add(step.src);
    for (const b of moved) if (runOf[b.part] === r) for (let k = b.from; k < b.from + b.words; k++) words.add(k);
    return words;
  };

  let out = '';
  let at = 0;
  // Whether the narration left out at the edge of the last run written joins it to the next run's words.
  let cutAfter = false;
  runs.forEach(([first, last], r) => {
    const between = quote.slice(at, parts[first].start);
    const elided = r > 0 && parts.slice(runs[r - 1][1], first).some((p) => p.kind === 'ellipsis');
    at = parts[last].end;
    const { lo, hi } = covered[r];
    if (lo > hi) {
      out += between;
      return; // every word of the run is the writer's own: the fix drops them
    }
    let pieces: Span[] = [];
    let from = tokens[lo].start;
    for (const [gapFrom, gapTo] of gaps[r]) {
      pieces.push({ start: from, end: tokens[gapFrom - 1].end });
      from = tokens[gapTo].start;
    }
    pieces.push({ start: from, end: tokens[hi].end });
    let marks = new Set<number>();
    let [cutBefore, cutEnd] = [false, false];
    if (QUOTE_MARK.test(source.slice(tokens[lo].start, tokens[hi].end))) {
      const quotations = sourceQuotations();
      const quoted = quotedPieces(pieces, tokens, lo, hi, quotations, alignedWords(r));
      cutBefore = quoted[0].start > pieces[0].start;
      cutEnd = quoted[quoted.length - 1].end < pieces[pieces.length - 1].end;
      pieces = quoted;
      marks = nestedMarks(pieces, quotations);
    }
    out += r > 0 && !elided && (cutAfter || cutBefore) ? withEllipsis(between, mark) : between;
    cutAfter = cutEnd;
    const text = pieces.map((p) => withoutQuoteMarks(source, p, marks)).join(` ${mark} `);
    out += keepFirstLetterCase(text, quote, parts[first], steps, first);
  });
  return out + quote.slice(at);
}

/**
 * The draft's text between two runs of words with an ellipsis put in: the restored words on either side stand in two
 * source quotations, and the narration between them, left out, is a cut the quote must show. It goes after the
 * punctuation that ends the first run (`long. ..."`), before any mark or space.
 */
function withEllipsis(between: string, mark: string): string {
  const punctuation = /^[,.;:!?]*/.exec(between)![0].length;
  return `${between.slice(0, punctuation)} ${mark}${between.slice(punctuation)}`;
}

/**
 * When the restored stretch (tokens lo..hi) runs over the edge of a source quotation, the parts of the pieces that lie
 * inside quotations holding some of the draft's words (`aligned`): the narration between or around them is not the
 * speaker's, and a quotation the draft has none of (another speaker's, passed over by a moved stretch) is not the
 * writer's. Each kept part is trimmed to whole words; the pieces stay as they are when no quotation's edge falls inside.
 */
function quotedPieces(pieces: readonly Span[], tokens: readonly Token[], lo: number, hi: number, quotations: readonly Quotation[], aligned: ReadonlySet<number>): Span[] {
  const [start, end] = [tokens[lo].start, tokens[hi].end];
  const holdsDraftWords = (q: Quotation): boolean => {
    for (const i of aligned) if (q.inner.start <= tokens[i].start && tokens[i].end <= q.inner.end) return true;
    return false;
  };
  const touching = quotations.filter((q) => q.depth === 0 && q.inner.start < end && start < q.inner.end && holdsDraftWords(q));
  if (!touching.some((q) => q.outer.start < start || end < q.outer.end)) return [...pieces];
  const kept: Span[] = [];
  for (const piece of pieces) {
    for (const q of touching) {
      const [a, b] = [Math.max(piece.start, q.inner.start), Math.min(piece.end, q.inner.end)];
      let first = -1;
      let last = -1;
      for (let i = lo; i <= hi; i++) {
        if (tokens[i].start < a || tokens[i].end > b) continue;
        if (first < 0) first = i;
        last = i;
      }
      if (first >= 0) kept.push({ start: tokens[first].start, end: tokens[last].end });
    }
  }
  return kept.length > 0 ? kept : [...pieces];
}

/** Where the marks of the source quotations lying wholly inside a piece stand (quotes the passage itself quotes). */
function nestedMarks(pieces: readonly Span[], quotations: readonly Quotation[]): Set<number> {
  const at = new Set<number>();
  for (const q of quotations) {
    if (q.closeMark === null || !pieces.some((p) => p.start <= q.outer.start && q.outer.end <= p.end)) continue;
    at.add(q.outer.start).add(q.outer.end - q.closeMark.length);
  }
  return at;
}

/**
 * A piece of source text as the draft's quotation may hold it: a quote the source nests in it keeps single marks;
 * any other mark (one that reopens a quotation at a new paragraph, a stray one) is left out.
 */
function withoutQuoteMarks(source: string, piece: Span, nested: ReadonlySet<number>): string {
  return source.slice(piece.start, piece.end).replace(QUOTE_MARKS, (m: string, at: number) => (nested.has(piece.start + at) ? NESTED_MARKS[m] : ''));
}

/**
 * Whether the writer's ellipses and brackets between each two restored runs can stand for the source words left
 * between them, in order. A bracket stands for a few words and an ellipsis for MAX_GAP_WORDS, never for words going
 * back: a fix restoring runs farther apart, or out of order, would leave the quote a misquote still, so none is made.
 */
function marksBridge(parts: readonly QuotePart[], runs: readonly [number, number][], covered: readonly { lo: number; hi: number }[]): boolean {
  for (let r = 1; r < runs.length; r++) {
    const [before, after] = [covered[r - 1], covered[r]];
    if (before.lo > before.hi || after.lo > after.hi) continue;
    let reach = 0;
    for (let p = runs[r - 1][1] + 1; p < runs[r][0]; p++) {
      const part = parts[p];
      reach += part.kind === 'ellipsis' ? MAX_GAP_WORDS : part.kind === 'bracket' ? part.maxWords : 0;
    }
    const gap = after.lo - before.hi - 1;
    if (gap < 0 || gap > reach) return false;
  }
  return true;
}

/** [first, last] part indices of each maximal run of words. */
function wordRuns(parts: readonly QuotePart[]): [number, number][] {
  const runs: [number, number][] = [];
  parts.forEach((p, i) => {
    if (p.kind !== 'word') return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

function keepFirstLetterCase(text: string, quote: string, part: QuotePart, steps: readonly Step[], index: number): string {
  const kept = steps.some((s) => s.kind === 'same' && s.part === index);
  const mine = quote[part.start];
  if (!kept || text.length === 0 || mine === text[0] || mine.toLowerCase() !== text[0].toLowerCase()) return text;
  return mine + text.slice(1);
}
