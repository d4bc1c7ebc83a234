import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { ProseView, Span } from '../types';
import { runSteps, type Steps } from '../steps';
import { markdownChunks } from './markdownChunks';
import { Mask } from './mask';

// Markdown through a real parser: only the source slices of text nodes stay; code, HTML, front matter, link targets,
// autolinks and markup characters become spaces. Leaf blocks (paragraphs, headings, table cells) are the paragraphs.
// The document is cut into pieces that parse alone exactly as in the whole (markdownChunks), and each piece's view
// is remembered by its text: after an edit only the piece holding it is parsed again. Pieces not remembered are
// parsed a run of consecutive ones at a time (one parser call for up to RUN_CHARS of a new document, whose set-up
// costs a paragraph's worth of parsing), and the run's view is cut back into theirs.

const MATTERS = ['yaml', 'toml'] as const;
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
// Built once: the parser combines its extensions on every call, a cost paid per piece.
const PARSE_OPTIONS = {
  extensions: [frontmatter([...MATTERS]), gfm()],
  mdastExtensions: [frontmatterFromMarkdown([...MATTERS]), gfmFromMarkdown()],
};

/** A piece's masked text and prose blocks (offsets into the piece). */
export interface PieceView {
  readonly text: string;
  readonly blocks: readonly Span[];
}

/** Pieces remembered, by text, up to this many characters in all (a few drafts' worth), least recently used dropped. */
const CACHE_CHARS = 1 << 20;
const pieceViews = new Map<string, PieceView>();
let cachedChars = 0;

/** Characters of pieces parsed in one parser call at most (a step of markdownViewInSteps): about a thousand words. */
const RUN_CHARS = 8000;

export function markdownView(text: string): ProseView {
  return runSteps(markdownViewInSteps(text));
}

/** markdownView in steps: a pause after each run of pieces parsed (a new 50,000-word draft is parsed in about 40). */
export function* markdownViewInSteps(text: string): Steps<ProseView> {
  const pieces = markdownChunks(text);
  if (pieces.length === 1) {
    const whole = markdownPieceView(text);
    return { original: text, text: whole.text, format: 'markdown', utterances: [], blocks: whole.blocks };
  }
  const texts = pieces.map((piece) => text.slice(piece.start, piece.end));
  const views = texts.map(cachedPiece);
  for (let first = 0; first < pieces.length; first++) {
    if (views[first]) continue;
    let last = first;
    while (last + 1 < pieces.length && !views[last + 1] && pieces[last + 1].end - pieces[first].start <= RUN_CHARS) last++;
    const run = markdownPieceView(text.slice(pieces[first].start, pieces[last].end));
    cutRun(run, pieces.slice(first, last + 1), pieces[first].start).forEach((view, k) => {
      views[first + k] = view;
      remember(texts[first + k], view);
    });
    first = last;
    yield;
  }
  const blocks: Span[] = [];
  views.forEach((view, i) => {
    for (const b of view!.blocks) blocks.push({ start: b.start + pieces[i].start, end: b.end + pieces[i].start });
  });
  return { original: text, text: views.map((view) => view!.text).join(''), format: 'markdown', utterances: [], blocks };
}

/** The views of consecutive pieces from the view of their run, which starts at offset `from`; no block crosses a cut. */
function cutRun(run: PieceView, pieces: readonly Span[], from: number): PieceView[] {
  let b = 0;
  return pieces.map((piece, k) => {
    const start = piece.start - from;
    const end = piece.end - from;
    const blocks: Span[] = [];
    for (; b < run.blocks.length && (run.blocks[b].start < end || k === pieces.length - 1); b++) {
      blocks.push({ start: run.blocks[b].start - start, end: run.blocks[b].end - start });
    }
    return { text: run.text.slice(start, end), blocks };
  });
}

function cachedPiece(piece: string): PieceView | undefined {
  const hit = pieceViews.get(piece);
  if (hit) {
    // Re-inserted: the map's order doubles as recency.
    pieceViews.delete(piece);
    pieceViews.set(piece, hit);
  }
  return hit;
}

function remember(piece: string, view: PieceView): void {
  if (piece.length > CACHE_CHARS / 4 || pieceViews.has(piece)) return;
  pieceViews.set(piece, view);
  cachedChars += piece.length;
  while (cachedChars > CACHE_CHARS) {
    const oldest = pieceViews.keys().next().value as string;
    pieceViews.delete(oldest);
    cachedChars -= oldest.length;
  }
}

/** One piece (or the whole document) through the parser. */
export function markdownPieceView(text: string): PieceView {
  const tree = fromMarkdown(text, PARSE_OPTIONS);
  const mask = new Mask(text, true);
  const blocks: Span[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (PROSE_BLOCKS.has(node.type)) blocks.push({ start, end });
    if (node.type === 'text') keepValue(mask, text, node.value, start, end);
    if (node.type === 'link' && isAutolink(node)) continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  blocks.sort((a, b) => a.start - b.start);
  return { text: mask.toString(), blocks };
}

// A text node's source slice also holds what the parser dropped from its value: escapes, the `>` and indentation that
// continue a block quote or list item on the next line. Keep only the characters of the value. A character reference
// (`&ldquo;`) is written as the character it stands for, so that an encoded quotation mark still counts as one.
function keepValue(mask: Mask, text: string, value: string, start: number, end: number): void {
  let v = 0;
  for (let i = start; i < end && v < value.length; i++) {
    // The parser reads a NUL as U+FFFD (CommonMark's rule for insecure characters).
    if (text[i] === value[v] || (text[i] === '\0' && value[v] === '\ufffd')) {
      mask.keep(i, i + 1);
      v++;
      continue;
    }
    const reference = text[i] === '&' ? CHARACTER_REFERENCE.exec(text.slice(i, i + 40)) : null;
    if (reference === null) continue;
    const decoded = String.fromCodePoint(value.codePointAt(v)!);
    if (decoded.length <= reference[0].length) mask.write(i, decoded);
    v += decoded.length;
    i += reference[0].length - 1;
  }
}

const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

function isAutolink(node: Nodes & { type: 'link' }): boolean {
  const only = node.children.length === 1 ? node.children[0] : null;
  return only?.type === 'text' && !/\s/.test(only.value) && node.url.endsWith(only.value);
}
