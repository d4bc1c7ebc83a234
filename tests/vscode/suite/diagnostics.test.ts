import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, hasCode, openDraft, waitForDiagnostics } from './helpers';

// The seed article's three kinds of mistake, as a writer sees them in the editor.
describe('diagnostics on a draft of the seed article', () => {
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    editor = await openDraft('draft.md');
    diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (ds) => ['misquote', 'quote-not-found', 'misattribution'].every((code) => hasCode(code)(ds)),
      'a misquote, a quote not found and a misattribution',
    );
  });

  const lineOf = (words: string): number => editor.document.positionAt(editor.document.getText().indexOf(words)).line;
  const onLine = (code: string, line: number): vscode.Diagnostic | undefined =>
    diagnostics.find((d) => codeOf(d) === code && d.range.start.line === line);

  it('reports the one-word change as a misquote naming the source wording', () => {
    const misquote = onLine('misquote', lineOf('foundation for future'));
    assert.ok(misquote, 'a misquote on the line of the changed quote');
    assert.match(misquote.message, /basis/);
    assert.ok(editor.document.getText(misquote.range).includes('foundation'), 'the range covers the quote');
  });

  it('reports the made-up quote as found in no source', () => {
    assert.ok(onLine('quote-not-found', lineOf('We will never sign')));
  });

  it("reports Stanovaya's words credited to Putin as a misattribution naming her", () => {
    const misattribution = onLine('misattribution', lineOf('I see nothing at the moment'));
    assert.ok(misattribution, 'a misattribution on the line of the analyst’s quote');
    assert.match(misattribution.message, /Stanovaya/);
  });

  it('leaves the exact, rightly attributed quote alone', () => {
    assert.strictEqual(diagnostics.filter((d) => d.range.start.line === lineOf('If Ukrainian troops leave')).length, 0);
  });

  it('points each misquote to its source passage', () => {
    const misquote = onLine('misquote', lineOf('foundation for future'));
    const related = misquote?.relatedInformation ?? [];
    assert.ok(related.some((info) => info.location.uri.path.endsWith('/sources/putin-peace-proposal.txt')));
  });
});
