import { proseView } from '../formats/index';
import { scanQuotations } from '../quotes/scan';
import { isSpace } from '../text/paragraphs';
import { tokenize } from '../text/tokenize';
import type { AttributedQuotation, DocumentAnalysis, Fix, Span, TextEdit } from '../types';
import { editedText } from './editedText';

const DOUBLE_MARK_OR_BREAK = /["“”„‟＂«»‹›「」『』\r\n]/;
const LINE_BREAK = /[\n\r\v\f\u2028\u2029]/;

/**
 * Rewrites a quotation's words to `wording` (the source's, as alignment restored them in the prose view). Only the
 * words that differ are written, each with the punctuation after it: the same words at the start and the end stay as
 * typed, and markup the adapter blanked among the changed ones (emphasis, a link's target) is kept.
 */
export function rewordFix(draft: DocumentAnalysis, quotation: AttributedQuotation, wording: string, title: string, preferred: boolean): Fix | null {
  const { original, text } = draft.view;
  const inner = quotation.inner;
  // The alignment could restore nothing (a quotation whose marks pair across narration): a fix would change nothing.
  if (wording === text.slice(inner.start, inner.end)) return null;
  // A wording whose marks would pair anew would end the quotation elsewhere, and the re-check find it again.
  if (!staysOneQuotation(draft, quotation, [{ span: inner, newText: wording }])) return null;
  // The wording written over the whole quotation: where marks or line breaks change, or markup kept would part it.
  const whole = { title, edits: [{ span: withMarkupAtEdges(draft, quotation), newText: wording }], preferred };
  const mine = units(text.slice(inner.start, inner.end));
  const theirs = units(wording);
  let head = 0;
  while (head < mine.length && head < theirs.length && mine[head].key === theirs[head].key) head++;
  let tail = 0;
  while (tail < mine.length - head && tail < theirs.length - head && mine[mine.length - 1 - tail].key === theirs[theirs.length - 1 - tail].key) tail++;
  if (head === mine.length && head === theirs.length) return whole;
  const from = (list: Unit[], at: number, length: number) => (at < list.length ? list[at].start : length);
  const changed: { start: number; end: number } = { start: inner.start + from(mine, head, inner.end - inner.start), end: inner.start + from(mine, mine.length - tail, inner.end - inner.start) };
  let at = from(theirs, head, wording.length);
  // Words added at the very end come with the space before them (the quotation's last word has none after it).
  if (changed.start === inner.end) while (at > 0 && /\s/.test(wording[at - 1])) at--;
  const newText = wording.slice(at, from(theirs, theirs.length - tail, wording.length));
  // Where the change reaches over quotation marks or a line break (nested or reopened quotations), the alignment's
  // wording stands for the whole quotation: it decides which marks stay.
  if (DOUBLE_MARK_OR_BREAK.test(original.slice(changed.start, changed.end)) || DOUBLE_MARK_OR_BREAK.test(newText)) {
    return whole;
  }
  // Markup the adapter blanked and spaces stand as typed: the new words go where the first changed words stood. A BOM
  // is white space that shows as none: it goes with the words around it. Any space on the line (a no-break space, a
  // BOM) parts words, and a word dropped takes it along; line breaks stay.
  const shownSpace = (k: number) => isSpace(original.charCodeAt(k)) && original[k] !== '\uFEFF';
  const kept = (k: number): boolean => text[k] !== original[k] || shownSpace(k);
  const blank = (k: number) => isSpace(original.charCodeAt(k)) && !LINE_BREAK.test(original[k]);
  const allBlank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!blank(k)) return false;
    return true;
  };
  const pieces: Span[] = [];
  for (let k = changed.start; k < changed.end; ) {
    let j = k + 1;
    while (j < changed.end && kept(j) === kept(k)) j++;
    // Words apart only by spaces are one piece.
    const last = pieces[pieces.length - 1];
    if (!kept(k) && last && allBlank(last.end, k)) pieces[pieces.length - 1] = { start: last.start, end: j };
    else if (!kept(k)) pieces.push({ start: k, end: j });
    k = j;
  }
  if (pieces.length === 0) return settled({ title, edits: [{ span: { start: changed.start, end: changed.start }, newText }], preferred });
  // The new words' last space is the one already typed after the first piece (past any blanked markup), if any.
  let after = pieces[0].end;
  while (after < inner.end && text[after] !== original[after]) after++;
  const words = after === inner.end || shownSpace(after) ? newText.trimEnd() : newText;
  const edits = pieces.map((span, i) => ({ span, newText: i === 0 ? words : '' }));
  // A word dropped takes one side's spaces with it: those after it, or those before it when no word follows right
  // after it (the end of the quotation); a word joined to it by punctuation alone ("least;families") keeps them.
  let floor = inner.start;
  for (const [i, { span, newText: written }] of edits.entries()) {
    if (written === '') {
      let { start, end } = span;
      while (end < inner.end && blank(end)) end++;
      if (end === span.end && !/[\p{L}\p{N}]/u.test(original[end] ?? '')) while (start > floor && blank(start - 1)) start--;
      edits[i] = { span: { start, end }, newText: '' };
    }
    floor = edits[i].span.end;
  }
  return settled({ title, edits, preferred });

  // Markup kept among the new words could still part the quotation from its mark (a blanked "}" left between the
  // last word and the closing mark reads as a space before it), or read otherwise next to them: then the wording goes
  // over the whole quotation.
  function settled(fix: Fix): Fix {
    return staysOneQuotation(draft, quotation, fix.edits) && keepsMarkupReading(draft, quotation, fix.edits) ? fix : whole;
  }
}

/**
 * Whether the markup the edits keep reads as it did next to the new words: the adapter, reading the quotation as
 * written after the fix, blanks just what it blanked before. A LaTeX command kept before a dropped word would run on
 * into the next one (`T\e𝔘ose demands` became `Those \edemands`, and "demands" was a command name, not a word).
 */
function keepsMarkupReading(draft: DocumentAnalysis, quotation: AttributedQuotation, edits: readonly TextEdit[]): boolean {
  const { original, text, format } = draft.view;
  const { outer } = quotation;
  if (original.slice(outer.start, outer.end) === text.slice(outer.start, outer.end)) return true;
  // The quotation read alone, before and after: markup cut at its edges reads the same way in both.
  const before = proseView(original.slice(outer.start, outer.end), format).text;
  const local = edits.map((e) => ({ span: { start: e.span.start - outer.start, end: e.span.end - outer.start }, newText: e.newText }));
  return proseView(editedText(original, outer, edits), format).text === editedText(before, { start: 0, end: before.length }, local);
}

/**
 * The quotation's inner text, and when markup the adapter blanked stands in it, the blanked markup touching its edges
 * too: rewritten whole, the inner text loses its markup, and the other half of a construct cut there (a link's
 * `](target)` after its `[text`) would be left as text, read anew by the re-check.
 */
function withMarkupAtEdges(draft: DocumentAnalysis, quotation: AttributedQuotation): Span {
  const { original, text } = draft.view;
  const { inner, outer } = quotation;
  const blanked = (k: number) => text[k] !== original[k];
  let holds = false;
  for (let k = inner.start; k < inner.end && !holds; k++) holds = blanked(k);
  if (!holds) return inner;
  // Spaces inside a construct stand as typed (`](http://x "t")`): the edge reaches the last blanked character.
  let { start, end } = inner;
  for (let k = start; k > outer.start + quotation.openMark.length && (blanked(k - 1) || isSpace(text.charCodeAt(k - 1))); k--) if (blanked(k - 1)) start = k - 1;
  for (let k = end; k < outer.end - (quotation.closeMark?.length ?? 0) && (blanked(k) || isSpace(text.charCodeAt(k))); k++) if (blanked(k)) end = k + 1;
  return { start, end };
}

/**
 * Whether the quotation, its inner text edited, still opens where it did and, if it was closed, closes within the
 * rewritten text (the edits applied to the prose view, where markup kept stands blanked). A mark the wording keeps from a garbled draft (an unpaired one, one that reopened the
 * quotation at a paragraph break the source wording joins) could pair anew, leaving the opening mark unpaired: the
 * re-check would run the quotation on into the text after it and find the misquote again. Such a fix is withheld.
 */
function staysOneQuotation(draft: DocumentAnalysis, quotation: AttributedQuotation, edits: readonly TextEdit[]): boolean {
  const { text, format } = draft.view;
  const { outer } = quotation;
  const rewritten = editedText(text, outer, edits);
  const after = scanQuotations({ original: rewritten, text: rewritten, format, utterances: [] });
  // Nor may the wording leave more marks unpaired than the draft has there (a nested quotation's opening mark kept, its
  // closing one not): such a mark would open a quotation of its own, running to the paragraph's end.
  const unpaired = draft.strayMarks.filter((m) => m.start >= outer.start && m.end <= outer.end).length;
  return after.quotations.some((q) => q.outer.start === 0 && (q.closeMark !== null || quotation.closeMark === null)) && after.strayMarks.length <= unpaired;
}

interface Unit {
  readonly start: number;
  /** Its characters without white space: units compare so, since the view blanks markup to spaces. */
  readonly key: string;
}

/** A text cut into units: what stands before the first word, then each word with the punctuation and space after it. */
function units(words: string): Unit[] {
  const starts = tokenize(words).map((t) => t.start);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({ start, key: words.slice(start, starts[i + 1] ?? words.length).replace(/\s+/g, '') }));
}
