import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { hasCode, openDraft, positionOf, waitForDiagnostics } from './helpers';

const SOURCE_FILE = '/sources/putin-peace-proposal.txt';

/** The words of hover contents, whichever shape they come in, without Markdown emphasis and escapes. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/[*_~`\\]/g, '');
}

describe('hover, definition and completion on quotes', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openDraft('draft.md');
    // Diagnostics mean the server has read the sources and checked this draft.
    await waitForDiagnostics(editor.document.uri, hasCode('misquote'), 'the draft to be checked');
  });

  it('hover on a misquote shows the source passage and who said it', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'foundation for future'),
    );
    const text = hoverText(hovers);
    assert.match(text, /basis for future agreements/);
    assert.match(text, /Putin/);
  });

  it('go to definition leads to the passage in the source file', async () => {
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      positionOf(editor.document, 'foundation for future'),
    );
    assert.ok(found.length > 0, 'a definition');
    const first = found[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetRange : first.range;
    assert.ok(uri.path.endsWith(SOURCE_FILE), uri.toString());
    const source = await vscode.workspace.openTextDocument(uri);
    assert.match(source.getText(range), /basis for future agreements/);
  });

  it('the Open Source command opens the source at the passage', async () => {
    await vscode.window.showTextDocument(editor.document);
    const at = positionOf(editor.document, 'foundation for future');
    editor.selection = new vscode.Selection(at, at);
    const location = await vscode.commands.executeCommand<vscode.Location | undefined>('quoteCheck.openSource');
    assert.ok(location?.uri.path.endsWith(SOURCE_FILE));
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith(SOURCE_FILE), 'the source is the active editor');
  });

  it('completion after an opening mark and a few words offers the exact quote', async () => {
    const draft = await openDraft('complete.md');
    const end = draft.document.lineAt(draft.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft.document.uri, end);
    const inserted = list.items.map((item) => {
      const text = item.textEdit?.newText ?? item.insertText ?? item.label;
      return typeof text === 'string' ? text : 'value' in text ? text.value : text.label;
    });
    assert.ok(
      inserted.some((text) => text.includes('this could be the basis for future agreements')),
      `an exact continuation among ${JSON.stringify(inserted.slice(0, 5))}`,
    );
  });
});
