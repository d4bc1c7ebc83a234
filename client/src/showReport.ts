import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportRequest } from './protocol';

/** Keeps the report itself from being checked as a draft (its table quotes every quotation). */
const NOT_A_DRAFT = '<!-- quote-check-disable-file -->\n';

const SAVE_BESIDE = 'Save beside the draft';

/** `draft.md` → `draft.quotes.md`, in the draft's folder. */
export function reportUriFor(draft: vscode.Uri): vscode.Uri {
  const name = path.posix.basename(draft.path);
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return vscode.Uri.joinPath(draft.with({ path: path.posix.dirname(draft.path) }), `${stem}.quotes.md`);
}

/**
 * Writes the quote report of the active draft (or of `uri`) into an untitled Markdown document. For a saved draft it
 * offers to save the report beside it; `{ save: true }` saves without asking. Returns the report's document.
 */
export async function showReport(client: LanguageClient, uri?: vscode.Uri, options?: { save?: boolean }): Promise<vscode.TextDocument | undefined> {
  const draft = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (draft === undefined) {
    void vscode.window.showInformationMessage('Quote Check: open a draft to see its quote report.');
    return undefined;
  }
  const { markdown } = await client.sendRequest(reportRequest, { uri: draft.toString() });
  const content = NOT_A_DRAFT + markdown;
  if (options?.save && draft.scheme === 'file') return saveBeside(draft, content);
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  if (draft.scheme === 'file') {
    // Not awaited: the command finishes while the offer stays on screen.
    void vscode.window.showInformationMessage(`Quote report of ${path.posix.basename(draft.path)}.`, SAVE_BESIDE).then((choice) => {
      if (choice === SAVE_BESIDE) void saveBeside(draft, content);
    });
  }
  return report;
}

async function saveBeside(draft: vscode.Uri, content: string): Promise<vscode.TextDocument> {
  const target = reportUriFor(draft);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  const report = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return report;
}
