import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const SOURCE = 'quote-check';

/** Long enough for a cold server start and a first indexing of the sources on a slow machine. */
const DEADLINE_MS = 30_000;

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in the fixture workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

export function quoteCheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/**
 * Resolves with the draft's Quote Check diagnostics as soon as `accept` holds for them: at once if it already does
 * (unless `onlyNewer`: then only a later publication counts), else on the diagnostics change that makes it hold.
 * Fails at the deadline with what was seen last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  { onlyNewer = false } = {},
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      const diagnostics = quoteCheckDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) settle();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = quoteCheckDiagnostics(uri).map((d) => `${codeOf(d)} @${d.range.start.line}:${d.range.start.character} ${d.message}`);
      reject(new Error(`timed out waiting for ${what} in ${uri.path}; last seen: ${JSON.stringify(seen)}`));
    }, DEADLINE_MS);
    const finish = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    if (!onlyNewer) settle();
  });
}

export const hasCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === code);

export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** The position in the middle of the first occurrence of `words` in the document. */
export function positionOf(document: vscode.TextDocument, words: string): vscode.Position {
  const offset = document.getText().indexOf(words);
  assert.ok(offset >= 0, `"${words}" is in ${document.uri.path}`);
  return document.positionAt(offset + Math.floor(words.length / 2));
}

/** Polls `probe` until it returns a value (not undefined) or the deadline passes; for provider results that come
 * from a server still indexing, where no event tells when they are ready. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
