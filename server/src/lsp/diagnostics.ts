import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE_NAME } from '../engine/findingCodes';
import type { Finding, Fix, Severity, SourcePassage, Span } from '../engine/types';
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
  const data: DiagnosticData = { version: doc.version };
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
  return typeof (data as DiagnosticData | null)?.version === 'number';
}

/** Whether a diagnostic a client sends back is one of ours, published for the document's current version. */
export function isCurrent(diagnostic: Diagnostic, doc: TextDocument): boolean {
  return diagnostic.source === SOURCE_NAME && isDiagnosticData(diagnostic.data) && diagnostic.data.version === doc.version;
}

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The finding a check published as this diagnostic (same code and range), if it did. */
export function findingOf(checked: { readonly findings: readonly Finding[]; readonly diagnostics: readonly Diagnostic[] }, diagnostic: Diagnostic): Finding | undefined {
  const i = checked.diagnostics.findIndex((d) => d.code === diagnostic.code && sameRange(d.range, diagnostic.range));
  return i < 0 ? undefined : checked.findings[i];
}

function workspaceEdit(doc: TextDocument, edits: readonly { readonly span: Span; readonly newText: string }[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits.map((e): TextEdit => ({ range: toRange(doc, e.span), newText: e.newText })) } };
}

/** The quick fixes of one diagnostic. */
export function quickFixes(doc: TextDocument, diagnostic: Diagnostic, fixes: readonly Fix[]): CodeAction[] {
  return fixes.map((fix) => {
    const action = CodeAction.create(fix.title, workspaceEdit(doc, fix.edits), CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    if (fix.preferred) action.isPreferred = true;
    return action;
  });
}

/** "Fix all misquotes in this file": the fixes chosen to apply together (see settledFixAll). */
export function fixAllMisquotes(doc: TextDocument, fixes: readonly Fix[]): CodeAction | null {
  if (fixes.length === 0) return null;
  return CodeAction.create('Fix all misquotes in this file', workspaceEdit(doc, fixes.flatMap((f) => f.edits)), FIX_ALL_KIND);
}
