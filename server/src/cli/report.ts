import type { Corpus } from '../engine/corpus/corpus';
import { LineMap, type LinePosition } from '../engine/text/lines';
import type { CheckResult, Finding, Severity, SourcePassage, Span } from '../engine/types';

// The checked drafts as the CLI reports them, and the JSON contract (version 1) built from them. Ranges are LSP
// ranges: 0-based line and UTF-16 character, computed by the engine's LineMap like every other position.

export const JSON_VERSION = 1;

export interface LspRange {
  readonly start: LinePosition;
  readonly end: LinePosition;
}

/** A finding at the level the settings report it. */
export type ReportedFinding = Finding & { readonly severity: Severity };

export interface CheckedFile {
  /** As given on the command line. */
  readonly path: string;
  readonly text: string;
  readonly lines: LineMap;
  readonly quotes: CheckResult['quotes'];
  readonly findings: readonly ReportedFinding[];
}

export interface SourceError {
  readonly path: string;
  readonly message: string;
}

export const toRange = (lines: LineMap, span: Span): LspRange => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });

/** Line maps of source texts, built once per source however many passages point into it. */
export class SourceLines {
  private readonly maps = new Map<string, LineMap>();

  constructor(private readonly corpus: Corpus) {}

  rangeOf(passage: SourcePassage): LspRange {
    let map = this.maps.get(passage.docId);
    if (!map) {
      map = new LineMap(this.corpus.get(passage.docId)?.doc.text ?? '');
      this.maps.set(passage.docId, map);
    }
    return toRange(map, passage.span);
  }
}

function sourceJson(passage: SourcePassage | null, sources: SourceLines) {
  return passage && { path: passage.docId, range: sources.rangeOf(passage), text: passage.text };
}

export function checkJson(files: readonly CheckedFile[], corpus: Corpus, errors: readonly SourceError[]) {
  const sources = new SourceLines(corpus);
  return {
    version: JSON_VERSION,
    sources: [...corpus.all()].map((model) => ({
      path: model.doc.id,
      title: model.meta.title,
      quotes: model.analysis.quotations.length,
    })),
    files: files.map((file) => ({
      path: file.path,
      quotes: file.quotes.map((q) => ({
        range: toRange(file.lines, q.span),
        text: q.text,
        status: q.status,
        speaker: q.speaker,
        draftSpeaker: q.draftSpeaker,
        source: sourceJson(q.source, sources),
      })),
      findings: file.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        range: toRange(file.lines, f.span),
        message: f.message,
        source: sourceJson(f.source, sources),
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((edit) => ({ range: toRange(file.lines, edit.span), newText: edit.newText })),
        })),
      })),
    })),
    errors: errors.map(({ path, message }) => ({ path, message })),
  };
}
