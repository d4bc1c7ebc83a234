import type { Span } from '../types';

// Paragraphs of plain prose. A blank line always ends a paragraph. A single line break ends one too, unless the text is
// hard-wrapped (fixed-width lines such as Project Gutenberg's), where it is only a wrap inside the paragraph.

interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
}

const BLANK = /^\s*$/;
// A line that starts a new block even in hard-wrapped text: a list bullet or a numbered item.
const BLOCK_START = /^\s*(?:[-*•+]\s|\d{1,3}[.)]\s)/;
// Line ends that close a sentence; paragraph-per-line text nearly always ends its lines so, wrapped text seldom.
const SENTENCE_END = /[.!?:;"”’'»)\]…]\s*$/;
const WRAP_WIDTH = 100;

/** The lines of text, where LF, CRLF and a lone CR all end a line. */
export function linesOf(text: string, span: Span = { start: 0, end: text.length }): Line[] {
  const lines: Line[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < span.end) i++;
    start = i + 1;
  }
  lines.push({ start, end: span.end });
  return lines;
}

/** Runs of non-blank lines, each trimmed of surrounding white space. */
export function blankLineParagraphs(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  return groupLines(text, linesOf(text, span)).map((group) => trimSpan(text, { start: group[0].start, end: group[group.length - 1].end }));
}

/** Paragraphs of plain text: blank-line separated, and line-per-paragraph unless the text is hard-wrapped. */
export function plainTextParagraphs(text: string): Span[] {
  const groups = groupLines(text, linesOf(text));
  const wrapped = isHardWrapped(wrapVotes(text, groups));
  const paragraphs: Span[] = [];
  for (const group of groups) {
    let first = group[0];
    for (let i = 1; i <= group.length; i++) {
      const line = group[i];
      if (line && wrapped && !BLOCK_START.test(text.slice(line.start, line.end))) continue;
      paragraphs.push(trimSpan(text, { start: first.start, end: group[i - 1].end }));
      first = line;
    }
  }
  return paragraphs.filter((p) => p.end > p.start);
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function groupLines(text: string, lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (BLANK.test(text.slice(line.start, line.end))) {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * What decides whether plain text is hard-wrapped: its lines followed by another line of their paragraph, how many of
 * those are short, and how many end a sentence.
 */
export interface WrapVotes {
  readonly inner: number;
  readonly short: number;
  readonly sentenceEnds: number;
}

/** The wrap votes of a text's lines (grouped into runs of non-blank lines, as plainTextParagraphs groups them). */
export function wrapVotes(text: string, groups: readonly (readonly Line[])[] = groupLines(text, linesOf(text))): WrapVotes {
  let inner = 0;
  let short = 0;
  let sentenceEnds = 0;
  for (const group of groups) {
    for (let i = 0; i + 1 < group.length; i++) {
      const content = text.slice(group[i].start, group[i].end);
      inner++;
      if (content.trimEnd().length <= WRAP_WIDTH) short++;
      if (SENTENCE_END.test(content)) sentenceEnds++;
    }
  }
  return { inner, short, sentenceEnds };
}

// Judged on the lines that are followed by another line of the same paragraph: wrapped text has them short and mostly
// ending mid-sentence.
export function isHardWrapped({ inner, short, sentenceEnds }: WrapVotes): boolean {
  return inner > 0 && short >= inner * 0.8 && sentenceEnds < inner * 0.5;
}
