import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Location, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE_NAME } from '../engine/findingCodes';
import type { Finding, Severity, SourcePassage } from '../engine/types';
import { effectiveSeverity, type Settings } from '../settings';
import { toRange } from './positions';
import { FIX_ALL_KIND, type DiagnosticData } from './protocol';

// Findings become diagnostics and code actions here; positions come from the seam in positions.ts.

const LEVELS: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a source passage is, for editors: null when its source is no longer known. */
export type PassageLocator = (passage: SourcePassage) => Location | null;

function relatedInformation(finding: Finding, locate: PassageLocator): DiagnosticRelatedInformation[] {
  const passages = finding.source ? [finding.source, ...finding.related] : finding.related;
  const related: DiagnosticRelatedInformation[] = [];
  passages.forEach((passage, i) => {
    const location = locate(passage);
    if (!location) return;
    const who = passage.speaker ? ` (${passage.speaker})` : '';
    const what = i === 0 && finding.source ? 'Source' : 'Also in the sources';
    related.push({ location, message: `${what}${who}: “${passage.text.replace(/\s+/g, ' ')}”` });
  });
  return related;
}

/** The diagnostic of one finding, or null when the settings turn its code off. */
export function toDiagnostic(finding: Finding, doc: TextDocument, settings: Settings, locate: PassageLocator): Diagnostic | null {
  const severity = effectiveSeverity(finding.code, finding.severity, settings);
  if (severity === null) return null;
  const data: DiagnosticData = {
    version: doc.version,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      preferred: fix.preferred,
      edits: fix.edits.map((edit) => ({ range: toRange(doc, edit.span), newText: edit.newText })),
    })),
  };
  const related = relatedInformation(finding, locate);
  return {
    range: toRange(doc, finding.span),
    severity: LEVELS[severity],
    code: finding.code,
    source: SOURCE_NAME,
    message: finding.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

function isDiagnosticData(data: unknown): data is DiagnosticData {
  const d = data as DiagnosticData | null;
  return !!d && typeof d.version === 'number' && Array.isArray(d.fixes);
}

/** The quick fixes a client's diagnostics carry, if they were computed for the document's current version. */
export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE_NAME || !isDiagnosticData(diagnostic.data) || diagnostic.data.version !== doc.version) continue;
    for (const fix of diagnostic.data.fixes) {
      const edit: WorkspaceEdit = { changes: { [doc.uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } };
      const action = CodeAction.create(fix.title, edit, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      if (fix.preferred) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}

/** "Fix all misquotes in this file": every misquote's preferred fix at once, skipping any that would overlap another. */
export function fixAllMisquotes(doc: TextDocument, findings: readonly Finding[]): CodeAction | null {
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (finding.code !== 'misquote') continue;
    const fix = finding.fixes.find((f) => f.preferred);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start < t.end && t.start < e.span.end));
    if (overlaps) continue;
    for (const e of fix.edits) {
      taken.push(e.span);
      edits.push({ range: toRange(doc, e.span), newText: e.newText });
    }
  }
  if (edits.length === 0) return null;
  return CodeAction.create('Fix all misquotes in this file', { changes: { [doc.uri]: edits } }, FIX_ALL_KIND);
}
