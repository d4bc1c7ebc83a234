import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { ProseView, Span } from '../types';
import { markdownChunks } from './markdownChunks';
import { Mask } from './mask';

// Markdown through a real parser: only the source slices of text nodes stay; code, HTML, front matter, link targets,
// autolinks and markup characters become spaces. Leaf blocks (paragraphs, headings, table cells) are the paragraphs.
// The document is parsed in pieces that parse alone exactly as in the whole (markdownChunks), and each piece's view
// is remembered by its text: after an edit only the piece holding it is parsed again.

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

export function markdownView(text: string): ProseView {
  const pieces = markdownChunks(text);
  if (pieces.length === 1) {
    const whole = markdownPieceView(text);
    return { original: text, text: whole.text, format: 'markdown', utterances: [], blocks: whole.blocks };
  }
  const masked: string[] = [];
  const blocks: Span[] = [];
  for (const piece of pieces) {
    const view = cachedPiece(text.slice(piece.start, piece.end));
    masked.push(view.text);
    for (const b of view.blocks) blocks.push({ start: b.start + piece.start, end: b.end + piece.start });
  }
  return { original: text, text: masked.join(''), format: 'markdown', utterances: [], blocks };
}

function cachedPiece(piece: string): PieceView {
  const hit = pieceViews.get(piece);
  if (hit) {
    // Re-inserted: the map's order doubles as recency.
    pieceViews.delete(piece);
    pieceViews.set(piece, hit);
    return hit;
  }
  const view = markdownPieceView(piece);
  if (piece.length > CACHE_CHARS / 4) return view;
  pieceViews.set(piece, view);
  cachedChars += piece.length;
  while (cachedChars > CACHE_CHARS) {
    const oldest = pieceViews.keys().next().value as string;
    pieceViews.delete(oldest);
    cachedChars -= oldest.length;
  }
  return view;
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
