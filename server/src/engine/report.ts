import type { Corpus } from './corpus/corpus';
import { LineMap } from './text/lines';
import type { CheckResult, DiffOp, Finding, QuoteReport, QuoteStatus, SourcePassage } from './types';

// Markdown renderings of check results for people: the quote report of a draft and the hover card of one quote.

const STATUS_LABEL: Readonly<Record<QuoteStatus, string>> = {
  verified: 'Verified',
  misquote: 'Misquote',
  'not-found': 'Not found in the sources',
  'not-a-quote': 'Not a quote (narration in the source)',
};

/**
 * Text shown literally inside a Markdown line: inline markup characters are escaped (line-start markup cannot occur
 * where this text goes), line breaks become spaces. The raw report stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]|<>~])/g, '\\$1');
}

/** Where a passage stands, as a person looks it up: 1-based line, and the transcript timestamp when there is one. */
export function sourceLocation(corpus: Corpus, passage: SourcePassage): { docId: string; line: number | null; timestamp: string | null } {
  const text = corpus.get(passage.docId)?.doc.text;
  const line = text === undefined ? null : new LineMap(text).positionAt(passage.span.start).line + 1;
  return { docId: passage.docId, line, timestamp: passage.timestamp };
}

function locationLabel(corpus: Corpus, passage: SourcePassage): string {
  const { docId, line, timestamp } = sourceLocation(corpus, passage);
  const at = [line === null ? null : `line ${line}`, timestamp].filter((part) => part !== null).join(', ');
  return at ? `\`${docId}\` ${at}` : `\`${docId}\``;
}

/** The diff inline: struck words are the draft's, bold words the source's. */
export function renderDiff(diff: readonly DiffOp[]): string {
  return diff
    .map((op) => {
      switch (op.kind) {
        case 'same':
          return escapeMarkdown(op.draft);
        case 'replace':
          return `~~${escapeMarkdown(op.draft)}~~ **${escapeMarkdown(op.source)}**`;
        case 'insert':
          return `~~${escapeMarkdown(op.draft)}~~`;
        case 'delete':
          return `**${escapeMarkdown(op.source)}**`;
      }
    })
    .join(' ');
}

/** The quote report of a draft: every quotation, its status, who says it and where, then the problems. */
export function renderQuoteReport(draftName: string, result: CheckResult, corpus: Corpus): string {
  const counts = new Map<QuoteStatus, number>();
  for (const q of result.quotes) counts.set(q.status, (counts.get(q.status) ?? 0) + 1);
  const summary = [...counts].map(([status, n]) => `${n} ${STATUS_LABEL[status].toLowerCase()}`).join(', ');
  const lines = [`# Quote report: ${escapeMarkdown(draftName)}`, ''];
  lines.push(result.quotes.length === 0 ? 'No quotations found.' : `${result.quotes.length} quotations: ${summary}.`, '');
  if (result.quotes.length > 0) {
    lines.push('| # | Quote | Status | Speaker (source) | Credited to (draft) | Source |', '|---|---|---|---|---|---|');
    result.quotes.forEach((q, i) => {
      const cells = [
        String(i + 1),
        `“${escapeMarkdown(q.text)}”`,
        STATUS_LABEL[q.status],
        escapeMarkdown(q.speaker ?? '—'),
        escapeMarkdown(q.draftSpeaker ?? '—'),
        q.source ? locationLabel(corpus, q.source) : '—',
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    });
    lines.push('');
  }
  if (result.findings.length > 0) {
    lines.push('## Problems', '');
    for (const f of result.findings) lines.push(`- **${f.code}**: ${escapeMarkdown(f.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** How many characters of source context surround the passage in a hover. */
const CONTEXT = 160;

/** The hover card of one quotation: the source passage in its context, who says it, where, and the diff of a misquote. */
export function renderQuoteHover(quote: QuoteReport, findings: readonly Finding[], corpus: Corpus): string {
  const parts = [`**Quote Check: ${STATUS_LABEL[quote.status]}**`];
  const source = quote.source;
  if (source) {
    const text = corpus.get(source.docId)?.doc.text ?? source.text;
    const known = corpus.get(source.docId) !== undefined;
    const start = known ? source.span.start : 0;
    const end = known ? source.span.end : source.text.length;
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    const after = text.slice(end, end + CONTEXT);
    const head = before.length === CONTEXT ? '…' + before.replace(/^\S*\s/, '') : before;
    const tail = after.length === CONTEXT ? after.replace(/\s\S*$/, '') + '…' : after;
    parts.push(`> ${escapeMarkdown(head)}**${escapeMarkdown(text.slice(start, end))}**${escapeMarkdown(tail)}`);
    const speaker = source.speaker ?? quote.speaker;
    parts.push(`${speaker ? `Said by **${escapeMarkdown(speaker)}**` : 'No speaker named in the source'} · ${locationLabel(corpus, source)}`);
  }
  if (quote.draftSpeaker && quote.speaker && quote.draftSpeaker !== quote.speaker) {
    parts.push(`The draft credits **${escapeMarkdown(quote.draftSpeaker)}**.`);
  }
  const diff = findings.find((f) => f.diff && f.diff.some((op) => op.kind !== 'same'))?.diff;
  if (diff) parts.push(`Difference (~~draft~~ **source**): ${renderDiff(diff)}`);
  for (const f of findings) parts.push(`- \`${f.code}\`: ${escapeMarkdown(f.message)}`);
  return parts.join('\n\n');
}
