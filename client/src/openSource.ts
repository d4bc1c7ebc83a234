import * as vscode from 'vscode';

/** Opens the source passage of the quote under the cursor, through the server's go-to-definition. */
export async function openSource(): Promise<vscode.Location | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) return undefined;
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[] | undefined>(
    'vscode.executeDefinitionProvider',
    editor.document.uri,
    editor.selection.active,
  );
  const first = found?.[0];
  if (first === undefined) {
    void vscode.window.showInformationMessage('Quote Check: the cursor is not on a quotation found in the sources.');
    return undefined;
  }
  const location = 'targetUri' in first ? new vscode.Location(first.targetUri, first.targetSelectionRange ?? first.targetRange) : first;
  await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: true });
  return location;
}
