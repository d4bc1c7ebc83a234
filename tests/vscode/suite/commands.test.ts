import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { hasCode, openDraft, waitForDiagnostics, workspaceFile } from './helpers';

describe('commands', () => {
  before(async () => {
    const editor = await openDraft('draft.md');
    await waitForDiagnostics(editor.document.uri, hasCode('misquote'), 'the draft to be checked');
  });

  it('every contributed command is registered once the extension runs', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['quoteCheck.recheck', 'quoteCheck.checkWorkspace', 'quoteCheck.openSource', 'quoteCheck.showReport', 'quoteCheck.showOutput']) {
      assert.ok(registered.has(command), command);
    }
  });

  it('Show Report opens the quote report of the draft as Markdown', async () => {
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('quoteCheck.showReport', workspaceFile('draft.md'));
    assert.strictEqual(report.languageId, 'markdown');
    assert.strictEqual(report.uri.scheme, 'untitled');
    assert.match(report.getText(), /foundation for future/);
    assert.match(report.getText(), /Stanovaya/);
  });

  it('Show Report can save the report beside the draft', async () => {
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('quoteCheck.showReport', workspaceFile('draft.md'), { save: true });
    assert.ok(report.uri.path.endsWith('/draft.quotes.md'), report.uri.toString());
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(report.uri));
    assert.match(onDisk, /foundation for future/);
  });

  it('Re-check quotes runs without losing the findings', async () => {
    await vscode.commands.executeCommand('quoteCheck.recheck');
    await waitForDiagnostics(workspaceFile('draft.md'), hasCode('misattribution'), 'the findings after a re-check');
  });

  it('Check all drafts reports on every draft of the workspace', async () => {
    const result = await vscode.commands.executeCommand<{ drafts: number; problems: number }>('quoteCheck.checkWorkspace');
    assert.ok(result.drafts >= 5, `drafts checked: ${result.drafts}`);
    assert.ok(result.problems > 0);
  });
});
