import type { Span } from '../types';

// Where a Markdown document can be cut into pieces that parse exactly as they do inside the whole document, so a
// re-check re-parses only the piece an edit touched.
//
// A cut goes before a line that starts at column 0 after a blank line. There, CommonMark has closed every paragraph,
// table, list item (the line is not indented), block quote (a blank line ends it) and indented code; the only blocks
// that survive a blank line are fenced code and HTML blocks of kinds 1–5 (<!--, <?, <!X, <![CDATA[, <script…), and
// the line itself can only reach back by continuing a list. So no cut is made:
//   - before a line that could be a list item (or, for safety, a block quote or table row),
//   - after any line that may open fenced code or an HTML block not closed on that same line (whatever container it
//     might sit in: the rest of the document stays one piece),
//   - inside front matter, which only exists at the start of the document,
//   - anywhere in a document with link or footnote definitions (`]:`), which are resolved across the whole document,
//     or with a bare carriage return as a line ending.
// Every possible cut is taken, so an edit re-parses little more than its paragraph and moves no cut except at the line
// it changes. Consecutive pieces also parse together as they do alone, so the adapter parses a run of new ones at once.

const FENCE = /^[ \t>*+\-\d.)]*(?:```|~~~)/;
const HTML_OPENER = /^[ \t>*+\-\d.)]*<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?=[\s>]|$))/i;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)/;

/** The document as consecutive spans covering it, each parseable on its own with the same result. */
export function markdownChunks(text: string): Span[] {
  const whole = [{ start: 0, end: text.length }];
  if (text.includes(']:') || /\r(?!\n)/.test(text)) return whole;
  const starts = [0];
  let at = 0;
  let previousBlank = false;
  if (FRONT_MATTER_FENCE.test(text)) {
    // The matter runs to the first line holding its fence again; nothing is cut before that.
    const close = text.indexOf(`\n${text.slice(0, 3)}`);
    if (close === -1) return whole;
    at = close + 4;
  }
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(at, end);
    if (previousBlank && startsFreshBlock(line)) starts.push(at);
    if (mayOpenLongBlock(line)) break;
    previousBlank = /^[ \t\r\n]*$/.test(line);
    at = end;
  }
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

function startsFreshBlock(line: string): boolean {
  const first = line.charCodeAt(0);
  // Not white space (indented: a list item's continuation or code), not a block quote or table row.
  if (first === 0x20 || first === 0x09 || first === 0x0a || first === 0x0d || first === 0x3e || first === 0x7c) return false;
  return !LIST_ITEM.test(line) && !FRONT_MATTER_FENCE.test(line);
}

function mayOpenLongBlock(line: string): boolean {
  if (FENCE.test(line)) return true;
  const html = HTML_OPENER.exec(line);
  if (!html) return false;
  const rest = line.slice(html[0].length);
  const kind = html[1].toLowerCase();
  if (kind === '!--') return !rest.includes('-->');
  if (kind === '?') return !rest.includes('?>');
  if (kind === '![cdata[') return !rest.includes(']]>');
  if (kind.startsWith('!')) return !rest.includes('>');
  return !new RegExp(`</${kind}>`, 'i').test(rest);
}
