import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, hasCode, openDraft, waitForDiagnostics } from './helpers';

describe('quick fixes and ignore comments', () => {
  it('the preferred quick fix restores the source wording and the misquote goes away', async () => {
    const editor = await openDraft('fix.md');
    const uri = editor.document.uri;
    const [misquote] = (await waitForDiagnostics(uri, hasCode('misquote'), 'a misquote')).filter((d) => codeOf(d) === 'misquote');
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      misquote.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const preferred = actions.find((a): a is vscode.CodeAction => 'isPreferred' in a && a.isPreferred === true);
    assert.ok(preferred?.edit, `a preferred quick fix with an edit among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.match(editor.document.getText(), /the basis for future agreements,” he said/);
    await waitForDiagnostics(uri, (ds) => !hasCode('misquote')(ds), 'the misquote to disappear');
  });

  it('an ignore comment silences the finding on the next line only', async () => {
    const editor = await openDraft('ignored.md');
    const uri = editor.document.uri;
    const checked = await waitForDiagnostics(uri, hasCode('quote-not-found'), 'the finding after the ignored line');
    assert.ok(!hasCode('misquote')(checked), 'the misquote under the ignore comment is silenced');

    const comment = editor.document.lineAt(positionOfComment(editor.document)).rangeIncludingLineBreak;
    const removal = new vscode.WorkspaceEdit();
    removal.delete(uri, comment);
    assert.ok(await vscode.workspace.applyEdit(removal));
    await waitForDiagnostics(uri, hasCode('misquote'), 'the misquote once the comment is gone');
  });
});

function positionOfComment(document: vscode.TextDocument): number {
  const offset = document.getText().indexOf('<!-- quote-check-disable-next-line -->');
  assert.ok(offset >= 0);
  return document.positionAt(offset).line;
}
