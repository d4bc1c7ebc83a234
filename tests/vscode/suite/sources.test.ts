import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { hasCode, openDraft, waitForDiagnostics, workspaceFile } from './helpers';

describe('source files', () => {
  it('editing a source file on disk re-checks the open draft', async () => {
    const editor = await openDraft('budget.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasCode('misquote'), 'the misquote of the council source');

    const source = workspaceFile('sources/council.txt');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    const after = before.replace('by the end of next year', 'by the end of the year');
    assert.notStrictEqual(after, before, 'the fixture holds the sentence this test edits');
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(after));
    try {
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'the draft to match the edited source');
    } finally {
      await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(before));
    }
    await waitForDiagnostics(uri, hasCode('misquote'), 'the misquote to come back with the original source');
  });
});
