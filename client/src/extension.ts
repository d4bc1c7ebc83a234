import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './checkWorkspace';
import { createLanguageClient } from './languageClient';
import { checkedLanguages, draftSelector } from './languages';
import { openSource } from './openSource';
import { showReport } from './showReport';
import { QuoteStatusBar, SHOW_REPORT_COMMAND } from './statusBar';

// The thin VS Code side of Quote Check: it starts the language server, forwards settings and offers a few commands.
// Every check happens in the server. (`quoteCheck.recheck` is the server's own command, registered by the client
// library from the server's capabilities.)

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Quote Check', { log: true });
  let languages = checkedLanguages();
  const languageClient = createLanguageClient(context, output, languages);
  client = languageClient;
  const statusBar = new QuoteStatusBar(languageClient, () => languages);

  context.subscriptions.push(
    output,
    statusBar,
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, (uri?: vscode.Uri, options?: { save?: boolean }) =>
      showReport(languageClient, uri instanceof vscode.Uri ? uri : undefined, options),
    ),
    vscode.commands.registerCommand('quoteCheck.checkWorkspace', () => checkWorkspace(languageClient)),
    vscode.commands.registerCommand('quoteCheck.openSource', openSource),
    vscode.commands.registerCommand('quoteCheck.showOutput', () => output.show()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('quoteCheck.languages')) return;
      // The document selector is fixed while the client runs: restart it on the new languages.
      languages = checkedLanguages();
      languageClient.clientOptions.documentSelector = draftSelector(languages);
      output.info(`Checked languages are now ${languages.join(', ')}; restarting the server.`);
      await languageClient.restart();
      await statusBar.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      output.info('The workspace is trusted now; restarting the server with every configured source.');
      await languageClient.restart();
    }),
  );

  try {
    await languageClient.start();
  } catch (error) {
    // The commands stay registered; the client's own message and the log say what failed.
    output.error('The Quote Check server did not start.', error);
    return;
  }
  await statusBar.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
