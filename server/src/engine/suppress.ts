import { LineMap } from './text/lines';
import type { Finding, Format, Span } from './types';

// Ignore comments, as ESLint spells them, written in the draft's own comment syntax:
//   quote-check-disable-next-line [codes]   the next non-blank line
//   quote-check-disable-line [codes]        the comment's own line
//   quote-check-disable [codes] … quote-check-enable [codes]
//   quote-check-disable-file [codes]
// No codes means every code. Codes are separated by spaces or commas; `--` starts a free-text reason.

type Kind = 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';

/** One ignore comment: what it does, to which codes (null = all) and where it stands. */
export interface Directive {
  readonly kind: Kind;
  readonly codes: ReadonlySet<string> | null;
  readonly span: Span;
}

const DIRECTIVE = /quote-check-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([^]*)/;
const HTML_COMMENT = /<!--([^]*?)-->/g;
// A LaTeX comment: a % not escaped by a backslash, to the end of the line.
const LATEX_COMMENT = /(?<!\\)(?:\\\\)*%([^\r\n]*)/g;
// Plain text has no comment syntax: a line that starts with a common comment leader counts as one.
const LINE_COMMENT = /^[ \t]*(?:#|\/\/|%)([^\r\n]*)/gm;

function commentPatterns(format: Format): RegExp[] {
  switch (format) {
    case 'markdown':
      return [HTML_COMMENT];
    case 'latex':
      return [LATEX_COMMENT];
    default:
      return [HTML_COMMENT, LINE_COMMENT];
  }
}

function parseDirective(body: string, span: Span): Directive | null {
  const m = DIRECTIVE.exec(body);
  if (!m) return null;
  const words = m[2].split('--')[0].split(/[\s,]+/).filter((w) => w.length > 0);
  return { kind: m[1] as Kind, codes: words.length ? new Set(words) : null, span };
}

/** The ignore comments of a text, in order. */
export function findDirectives(text: string, format: Format): Directive[] {
  const directives: Directive[] = [];
  for (const pattern of commentPatterns(format)) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const directive = parseDirective(m[1], { start: m.index, end: m.index + m[0].length });
      if (directive) directives.push(directive);
    }
  }
  return directives.sort((a, b) => a.span.start - b.span.start);
}

const covers = (codes: ReadonlySet<string> | null, code: string): boolean => codes === null || codes.has(code);

/** Which codes a disable … enable region leaves switched off at some point of the text. */
class RegionState {
  private all = false;
  /** Codes disabled while `all` is off, or codes re-enabled while `all` is on. */
  private readonly listed = new Set<string>();

  apply(directive: Directive): void {
    const disabling = directive.kind === 'disable';
    if (directive.codes === null) {
      this.all = disabling;
      this.listed.clear();
      return;
    }
    for (const code of directive.codes) {
      if (disabling !== this.all) this.listed.add(code);
      else this.listed.delete(code);
    }
  }

  disables(code: string): boolean {
    return this.all !== this.listed.has(code);
  }
}

function nextNonBlankLine(lines: LineMap, text: string, after: number): number {
  let line = lines.positionAt(after).line + 1;
  while (line < lines.lineCount) {
    const start = lines.offsetAt({ line, character: 0 });
    const end = lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
    if (text.slice(start, end).trim() !== '') break;
    line++;
  }
  return line;
}

/** The findings that no ignore comment of the text silences, in their original order. */
export function applySuppressions<T extends Pick<Finding, 'code' | 'span'>>(text: string, format: Format, findings: readonly T[]): T[] {
  const directives = findDirectives(text, format);
  if (directives.length === 0) return [...findings];
  const lines = new LineMap(text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line;

  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const byLine = new Map<number, Directive[]>();
  for (const d of directives) {
    const line = d.kind === 'disable-next-line' ? nextNonBlankLine(lines, text, d.span.end) : d.kind === 'disable-line' ? lineOf(d.span.start) : -1;
    if (line >= 0) byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');

  // Sweep findings in text order against the region directives, so each region comment is applied once.
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].span.start - findings[b].span.start);
  const silenced = new Set<number>();
  const state = new RegionState();
  let next = 0;
  for (const i of order) {
    const { code, span } = findings[i];
    while (next < regions.length && regions[next].span.end <= span.start) state.apply(regions[next++]);
    const onLine = byLine.get(lineOf(span.start)) ?? [];
    if (state.disables(code) || fileWide.some((d) => covers(d.codes, code)) || onLine.some((d) => covers(d.codes, code))) {
      silenced.add(i);
    }
  }
  return findings.filter((_, i) => !silenced.has(i));
}
