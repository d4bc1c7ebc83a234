import type { QuotePart } from './quoteParts';
import type { WordCodes } from './wordCodes';

/**
 * One step of an alignment, in draft order. Source positions are indices into the window's words; `after` is the
 * index of the quote part a dropped source stretch follows (−1 before the first).
 */
export type Step =
  | { readonly kind: 'same' | 'replace'; readonly part: number; readonly src: number }
  | { readonly kind: 'insert'; readonly part: number }
  /** An ellipsis or a bracket standing for the source words [from, to). */
  | { readonly kind: 'skip'; readonly part: number; readonly from: number; readonly to: number }
  /** Source words [from, to) the draft leaves out without saying so. */
  | { readonly kind: 'delete'; readonly after: number; readonly from: number; readonly to: number };

export interface Alignment {
  readonly cost: number;
  readonly steps: readonly Step[];
}

/** Just under an insertion, so a changed last word reads as changed, not as added. */
const SUBSTITUTE = 0.95;
const INSERT = 1;
/** Just under an insertion, so "a b d" against "a b c d" drops c rather than adding d. */
const DELETE = 0.9;
/**
 * Leaving out a stretch of three or more source words costs this much, whatever its length, so a quote stitched from
 * two nearby sentences aligns as one passage with one (flagged) gap instead of losing half its words.
 */
const LONG_GAP = 2.5;
// Exported constants are read as module properties in compiled CommonJS: the hot loops below read these local copies.
const GAP_MIN = 3;
/** The farthest apart two pieces of one quotation may stand: an ellipsis (or a gap) spans about three sentences. */
const MAX_GAP = 60;
export const LONG_GAP_MIN = GAP_MIN;
export const MAX_GAP_WORDS = MAX_GAP;

const enum Op {
  Start,
  Match,
  Substitute,
  Insert,
  Delete,
  LongGap,
  Skip,
}

/**
 * Semi-global word alignment of the quote against a window's words, both as `codes` numbers them: every part of the
 * quote is aligned, the source window only locally (free start and end). Ellipses skip 0 to MAX_GAP_WORDS source words
 * and brackets 0 to their maxWords, both free; words match, are substituted, inserted or the source's deleted at unit
 * cost; a long stretch of source left out costs LONG_GAP.
 */
export function align(parts: readonly QuotePart[], codes: WordCodes, source: Int32Array): Alignment {
  return verbatim(parts, codes.parts, source) ?? alignByTable(parts, codes, source);
}

/** The alignment by the full table, which align skips when the quote stands in the window word for word. */
export function alignByTable(parts: readonly QuotePart[], codes: WordCodes, source: Int32Array): Alignment {
  const m = parts.length;
  const w = source.length;
  const width = w + 1;
  const { cost, op, from, window, gapWindow, gapCosts } = tables((m + 1) * width, width);
  // Row 0: the window's start is free.
  cost.fill(0, 0, width);
  op.fill(Op.Start, 0, width);
  from.fill(0, 0, width);

  for (let i = 1; i <= m; i++) {
    const part = parts[i - 1];
    // A word's code, or a mark: −1 an ellipsis, −2 − maxWords a bracket.
    const code = part.kind === 'word' ? codes.parts[i - 1] : part.kind === 'ellipsis' ? ELLIPSIS : -2 - part.maxWords;
    fillRow(cost, op, from, i * width, w, code, source, window, gapWindow, gapCosts);
  }

  let end = 0;
  for (let j = 1; j <= w; j++) if (cost[m * width + j] < cost[m * width + end]) end = j;
  return { cost: cost[m * width + end], steps: loosenEnds(backtrace(op, from, m, end, width)) };
}

/**
 * A quote of words and ellipses that the window holds word for word, each ellipsis standing for at most MAX_GAP_WORDS
 * source words: the alignment the table finds at cost 0 (only matched words and skips cost nothing), without it, or
 * null. Like the table it takes the first end, and each ellipsis skips the fewest words it can.
 * A piece is a run of words or one ellipsis; reach[k][j] says the pieces before the k-th can end at source word j at no
 * cost, so each piece costs one pass over the window instead of a row per word.
 */
function verbatim(parts: readonly QuotePart[], codes: Int32Array, source: Int32Array): Alignment | null {
  const m = parts.length;
  const width = source.length + 1;
  const starts: number[] = [];
  for (let i = 0; i < m; i++) {
    if (parts[i].kind === 'bracket') return null;
    if (i === 0 || parts[i].kind === 'ellipsis' || parts[i - 1].kind === 'ellipsis') starts.push(i);
  }
  const pieces = starts.length;
  const reach = reachTable((pieces + 1) * width);
  reach.fill(1, 0, width);
  for (let k = 0; k < pieces; k++) {
    const before = k * width;
    const after = before + width;
    reach.fill(0, after, after + width);
    const first = starts[k];
    if (parts[first].kind === 'ellipsis') {
      let last = -Infinity;
      for (let j = 0; j < width; j++) {
        if (reach[before + j] === 1) last = j;
        if (last >= j - MAX_GAP) reach[after + j] = 1;
      }
      continue;
    }
    const length = (k + 1 < pieces ? starts[k + 1] : m) - first;
    let any = false;
    for (let j = 0; j + length < width; j++) {
      if (reach[before + j] === 0) continue;
      let t = 0;
      while (t < length && codes[first + t] === source[j + t]) t++;
      if (t === length) {
        reach[after + j + length] = 1;
        any = true;
      }
    }
    if (!any) return null;
  }
  let j = reach.indexOf(1, pieces * width) - pieces * width;
  if (j < 0 || j >= width) return null;
  const steps: Step[] = [];
  for (let k = pieces - 1; k >= 0; k--) {
    const first = starts[k];
    if (parts[first].kind === 'ellipsis') {
      let at = j;
      while (reach[k * width + at] === 0) at--;
      steps.push({ kind: 'skip', part: first, from: at, to: j });
      j = at;
      continue;
    }
    const end = k + 1 < pieces ? starts[k + 1] : m;
    for (let i = end - 1; i >= first; i--) steps.push({ kind: 'same', part: i, src: --j });
  }
  return { cost: 0, steps: steps.reverse() };
}

interface Tables {
  cost: Float64Array;
  op: Uint8Array;
  from: Int32Array;
  /** Sliding-minimum buffers, a row long: an ellipsis's over the row before, the long gaps' over the row itself. */
  window: Int32Array;
  gapWindow: Int32Array;
  /** The cost of each cell in gapWindow, read there without going back to the table. */
  gapCosts: Float64Array;
}

/** The tables, kept between calls and grown as needed: allocating them for each window cost more than filling them. */
let kept: Tables = {
  cost: new Float64Array(0),
  op: new Uint8Array(0),
  from: new Int32Array(0),
  window: new Int32Array(0),
  gapWindow: new Int32Array(0),
  gapCosts: new Float64Array(0),
};

function tables(cells: number, width: number): Tables {
  if (kept.cost.length < cells) {
    const size = Math.max(cells, 2 * kept.cost.length);
    kept = { ...kept, cost: new Float64Array(size), op: new Uint8Array(size), from: new Int32Array(size) };
  }
  if (kept.window.length < width) {
    const size = Math.max(width, 2 * kept.window.length);
    kept = { ...kept, window: new Int32Array(size), gapWindow: new Int32Array(size), gapCosts: new Float64Array(size) };
  }
  return kept;
}

/** verbatim's table, kept between calls like the others. */
let keptReach = new Uint8Array(0);

function reachTable(cells: number): Uint8Array {
  if (keptReach.length < cells) keptReach = new Uint8Array(Math.max(cells, 2 * keptReach.length));
  return keptReach;
}

const ELLIPSIS = -1;

/**
 * One row of the table, for a quote word (code ≥ 0) or a mark (see align), in one pass: each cell takes the part's own
 * step (a word matched or substituted, a mark's skip), unless inserting the part, deleting a source word or a long gap
 * is cheaper (ties keep the earlier). The cells a long gap starts from are this row's, final by then.
 */
function fillRow(
  cost: Float64Array,
  op: Uint8Array,
  from: Int32Array,
  row: number,
  w: number,
  code: number,
  source: Int32Array,
  window: Int32Array,
  gapWindow: Int32Array,
  gapCosts: Float64Array,
): void {
  const prev = row - w - 1;
  // Sliding minima: an ellipsis's over the row before, the long gaps' over this row (ties to the nearest cell).
  let head = 0;
  let tail = 0;
  let gapHead = 0;
  let gapTail = 0;
  // The cells left, up-left and up of cell j, carried along the row: each is read once.
  let left = Infinity;
  let diag = Infinity;
  for (let j = 0; j <= w; j++) {
    const up = cost[prev + j];
    let best = Infinity;
    let how = Op.Start;
    let at = 0;
    if (code >= 0) {
      if (j > 0) {
        const same = code === source[j - 1];
        best = diag + (same ? 0 : SUBSTITUTE);
        how = same ? Op.Match : Op.Substitute;
      }
    } else if (code === ELLIPSIS) {
      // An ellipsis skips 0 to MAX_GAP_WORDS source words, free: the previous row's cheapest, ties to the shortest skip.
      while (tail > head && cost[prev + window[tail - 1]] >= cost[prev + j]) tail--;
      window[tail++] = j;
      if (window[head] < j - MAX_GAP) head++;
      best = cost[prev + window[head]];
      how = Op.Skip;
      at = window[head];
    } else {
      // A bracket stands for 0 to max source words, free: ties go to one word (the word it usually replaces), then two
      // to max, then none.
      const max = -2 - code;
      for (let k = 1; k <= max && k <= j; k++) {
        if (cost[prev + j - k] < best) {
          best = cost[prev + j - k];
          how = Op.Skip;
          at = j - k;
        }
      }
      if (up < best) {
        best = up;
        how = Op.Skip;
        at = j;
      }
    }
    if (up + INSERT < best) {
      best = up + INSERT;
      how = Op.Insert;
    }
    if (left + DELETE < best) {
      best = left + DELETE;
      how = Op.Delete;
    }
    if (j >= GAP_MIN) {
      const enterCost = cost[row + j - GAP_MIN];
      while (gapTail > gapHead && gapCosts[gapTail - 1] >= enterCost) gapTail--;
      gapWindow[gapTail] = j - GAP_MIN;
      gapCosts[gapTail++] = enterCost;
      if (gapWindow[gapHead] < j - MAX_GAP) gapHead++;
      if (gapCosts[gapHead] + LONG_GAP < best) {
        best = gapCosts[gapHead] + LONG_GAP;
        how = Op.LongGap;
        at = gapWindow[gapHead];
      }
    }
    cost[row + j] = best;
    op[row + j] = how;
    // Only a skip or a long gap is traced back through where it came from.
    if (how >= Op.LongGap) from[row + j] = at;
    left = best;
    diag = up;
  }
}

/**
 * At the quote's ends a change of one word is a change ("last week" for "tonight"), but further changed words are the
 * writer's own words lined up against whatever the source has next: they become added words, so the passage and its
 * fix stop one word after the source stops agreeing.
 */
function loosenEnds(steps: Step[]): Step[] {
  const loosen = (indices: number[]) => {
    // Runs are listed from the quote's end inward: the last one listed stays a change.
    for (const i of indices.slice(0, -1)) steps[i] = { kind: 'insert', part: (steps[i] as { part: number }).part };
  };
  const run = (order: number[]) => {
    const out: number[] = [];
    for (const i of order) {
      if (steps[i].kind === 'replace') out.push(i);
      else if (steps[i].kind !== 'insert') break;
    }
    return out;
  };
  const order = steps.map((_, i) => i);
  loosen(run(order));
  loosen(run(order.reverse()));
  return steps;
}

function backtrace(op: Uint8Array, from: Int32Array, m: number, end: number, width: number): Step[] {
  const steps: Step[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const cell = i * width + j;
    switch (op[cell]) {
      case Op.Match:
      case Op.Substitute:
        steps.push({ kind: op[cell] === Op.Match ? 'same' : 'replace', part: i - 1, src: j - 1 });
        i--;
        j--;
        break;
      case Op.Insert:
        steps.push({ kind: 'insert', part: i - 1 });
        i--;
        break;
      case Op.Delete:
        steps.push({ kind: 'delete', after: i - 1, from: j - 1, to: j });
        j--;
        break;
      case Op.LongGap:
        steps.push({ kind: 'delete', after: i - 1, from: from[cell], to: j });
        j = from[cell];
        break;
      default:
        steps.push({ kind: 'skip', part: i - 1, from: from[cell], to: j });
        i--;
        j = from[cell];
    }
  }
  return steps.reverse();
}
