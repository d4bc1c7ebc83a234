import type { QuoteStatus, Severity } from '../engine/types';
import type { CheckedFile, SourceLines } from './report';

// Text output, one line per finding as compilers print them (`path:line:column: severity code: message`, 1-based,
// columns in UTF-16 code units), so editors' and CI's problem matchers read it. The source passage follows on an
// indented line, then one summary line.

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const STATUS_WORDS: Readonly<Record<QuoteStatus, string>> = {
  verified: 'verified',
  misquote: 'misquoted',
  'not-found': 'not found',
  'not-a-quote': 'quoted narration',
};

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function checkText(files: readonly CheckedFile[], sources: SourceLines): string {
  const lines: string[] = [];
  const bySeverity = new Map<Severity, number>();
  const byStatus = new Map<QuoteStatus, number>();
  for (const file of files) {
    for (const q of file.quotes) byStatus.set(q.status, (byStatus.get(q.status) ?? 0) + 1);
    for (const f of file.findings) {
      bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
      const at = file.lines.positionAt(f.span.start);
      lines.push(`${file.path}:${at.line + 1}:${at.character + 1}: ${f.severity} ${f.code}: ${oneLine(f.message)}`);
      if (f.source) {
        const src = sources.rangeOf(f.source).start;
        lines.push(`    source ${f.source.docId}:${src.line + 1}:${src.character + 1}: “${oneLine(f.source.text)}”`);
      }
    }
  }
  const problems = SEVERITY_ORDER.filter((s) => bySeverity.has(s)).map((s) => plural(bySeverity.get(s)!, s, s === 'information' ? s : `${s}s`));
  const quoteCount = files.reduce((n, f) => n + f.quotes.length, 0);
  const statuses = (Object.keys(STATUS_WORDS) as QuoteStatus[]).filter((s) => byStatus.has(s)).map((s) => `${byStatus.get(s)} ${STATUS_WORDS[s]}`);
  const quotes = `${plural(quoteCount, 'quotation')}${statuses.length ? ` (${statuses.join(', ')})` : ''}`;
  lines.push(`${problems.length ? problems.join(', ') : 'No problems'} in ${plural(files.length, 'file')}; ${quotes}.`);
  return lines.join('\n') + '\n';
}
