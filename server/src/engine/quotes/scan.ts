import type { Format, ProseView, Quotation, Span } from '../types';
import { isSpace, plainTextParagraphs } from '../text/paragraphs';
import { dashDialogue } from './dashDialogue';
import { type Family, glyphOffsets, type Mark, MIRROR, readMark } from './marks';

export interface ScanResult {
  readonly quotations: Quotation[];
  readonly strayMarks: Span[];
  /** Marks paired around nothing but white space (`“”`): no quotation, yet each would pair anew left alone. */
  readonly emptyPairs: Span[];
}

// Pairs quotation marks paragraph by paragraph with a stack, so a missing mark costs at most its paragraph. A quotation
// left open at the end of a paragraph goes on when the next paragraph starts with an opening mark of its family (the
// multi-paragraph convention); otherwise a double (or guillemet, corner) quotation is returned unclosed, with
// `closeMark: null` and its outer span ending at the paragraph's end, and its opening mark is reported as stray. An
// unclosed single quotation is dropped (a lone ' or ’ is far more often an apostrophe); only a curly ‘ is reported.

interface Open {
  readonly mark: Mark;
}

const MAX_DEPTH = 16;
const STRAIGHT: ReadonlySet<string> = new Set(['"', '＂']);
/** Formats whose paragraphs may open with a dialogue dash (a LaTeX dash is `---`, and never read so). */
const DASH_DIALOGUE_FORMATS: ReadonlySet<Format> = new Set(['plaintext', 'markdown']);

export function scanQuotations(view: ProseView): ScanResult {
  const text = view.text;
  const blocks = view.blocks ?? plainTextParagraphs(text);
  const quotations: Quotation[] = [];
  const strayMarks: Span[] = [];
  const emptyPairs: Span[] = [];
  let carried: Open | null = null;
  const glyphs = glyphOffsets(text);

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const marks = marksOf(text, block, glyphs);
    const stack: Open[] = carried ? [carried] : [];
    let first = 0;
    if (carried !== null) first = 1; // the continuation's own opening mark
    carried = null;

    for (let m = first; m < marks.length; m++) {
      const mark = marks[m];
      const target = mark.canClose ? closable(stack, mark) : -1;
      if (target >= 0) {
        if (mark.possessive && !closesClause(text, mark.at) && nextSingleCloses(marks, m)) continue;
        for (const dropped of stack.splice(target + 1)) reportUnclosed(dropped);
        const open = stack.pop()!;
        push(open.mark.at, open.mark.char, mark.at + 1, mark.char);
      } else if (mark.canOpen && !typedTwice(text, mark, marks[m + 1])) {
        if (stack.length < MAX_DEPTH) stack.push({ mark });
      } else if (!isSingle(mark.family)) {
        strayMarks.push({ start: mark.at, end: mark.at + 1 });
      }
    }

    if (stack.length > 0 && continues(text, stack[0], blocks[b + 1])) {
      carried = stack[0];
      for (const dropped of stack.slice(1)) reportUnclosed(dropped);
      continue;
    }
    for (const open of stack) {
      reportUnclosed(open);
      if (!isSingle(open.mark.family)) push(open.mark.at, open.mark.char, block.end, null);
    }
  }
  if (DASH_DIALOGUE_FORMATS.has(view.format)) for (const block of blocks) quotations.push(...dashDialogue(text, block));
  return { quotations: withDepths(quotations), strayMarks: strayMarks.sort((a, b) => a.start - b.start), emptyPairs };

  function push(start: number, openMark: string, end: number, closeMark: string | null): void {
    const inner = trimmed(text, start + 1, closeMark === null ? end : end - 1);
    if (inner.end > inner.start) quotations.push({ inner, outer: { start, end }, openMark, closeMark, depth: 0 });
    else if (closeMark !== null) emptyPairs.push({ start, end });
  }

  function reportUnclosed(open: Open): void {
    if (open.mark.char !== "'" && open.mark.char !== '’') strayMarks.push({ start: open.mark.at, end: open.mark.at + 1 });
  }
}

/** The marks of one block, read at the text's glyph offsets (sorted) that fall inside it. */
function marksOf(text: string, block: Span, glyphs: readonly number[]): Mark[] {
  const marks: Mark[] = [];
  for (let g = firstAtOrAfter(glyphs, block.start, (at) => at); g < glyphs.length && glyphs[g] < block.end; g++) {
    const mark = readMark(text, glyphs[g], block.start, block.end);
    if (mark !== null && (mark.canOpen || mark.canClose)) marks.push(mark);
  }
  return marks;
}

function firstAtOrAfter<T>(sorted: readonly T[], at: number, offset: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset(sorted[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The stack index of the innermost open quotation the mark can close, or -1. */
function closable(stack: readonly Open[], mark: Mark): number {
  for (let s = stack.length - 1; s >= 0; s--) {
    const open = stack[s].mark;
    if (open.family !== mark.family) continue;
    if (MIRROR[open.char] !== undefined ? MIRROR[open.char] === mark.char : true) return s;
  }
  return -1;
}

/**
 * Whether the scanner read the mark at `first` as the opening mark at `second` typed twice: both in one block (it pairs
 * marks block by block), white space between.
 */
export function readAsTypedTwice(view: ProseView, first: number, second: number): boolean {
  const blocks = view.blocks ?? plainTextParagraphs(view.text);
  const block = blocks[firstAtOrAfter(blocks, second + 1, (b) => b.start) - 1];
  if (block === undefined || first < block.start) return false;
  return typedTwice(view.text, readMark(view.text, first, block.start, block.end), readMark(view.text, second, block.start, block.end));
}

/**
 * Whether an opening mark with only white space before the next one of its family is that mark typed twice: nested
 * quotations alternate families (“‘…’”), so a second “ right after a first (a LaTeX `` and a typed “, „ at a line's
 * end and “ on the next) opens nothing new. The one before the words opens; the first is stray. A straight mark is
 * left to its flanking, as it always was: it is the one typed everywhere, in any role.
 */
function typedTwice(text: string, first: Mark | null, second: Mark | null | undefined): boolean {
  if (!first?.canOpen || !second?.canOpen || first.family !== second.family || first.at >= second.at) return false;
  if (STRAIGHT.has(first.char) || STRAIGHT.has(second.char)) return false;
  for (let k = first.at + 1; k < second.at; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

function isSingle(family: Family): boolean {
  return family === 'single' || family === 'single-guillemet';
}

// A possessive is followed by the noun it owns (the students’ plan); a mark followed by clause punctuation closes.
function closesClause(text: string, at: number): boolean {
  return ',.;:!?)'.includes(text[at + 1] ?? '');
}

// A possessive-looking ’ is an apostrophe when the next single mark of the paragraph could close the quotation instead.
function nextSingleCloses(marks: readonly Mark[], from: number): boolean {
  for (let m = from + 1; m < marks.length; m++) {
    if (marks[m].family === 'single') return marks[m].canClose && !marks[m].canOpen;
  }
  return false;
}

/** Whether the next paragraph opens with a mark of the open quotation's family: the quotation goes on there. */
function continues(text: string, open: Open, next: Span | undefined): boolean {
  if (next === undefined) return false;
  let at = next.start;
  while (at < next.end && isSpace(text.charCodeAt(at))) at++;
  const mark = at < next.end ? readMark(text, at, next.start, next.end) : null;
  return mark !== null && mark.canOpen && mark.family === open.mark.family;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Sorted outermost first, each with the number of quotations around it. */
function withDepths(quotations: Quotation[]): Quotation[] {
  quotations.sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const enclosing: Quotation[] = [];
  return quotations.map((q) => {
    while (enclosing.length > 0 && enclosing[enclosing.length - 1].outer.end <= q.outer.start) enclosing.pop();
    const withDepth = { ...q, depth: enclosing.length };
    enclosing.push(q);
    return withDepth;
  });
}
