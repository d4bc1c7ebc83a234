import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/lsp/protocol';
import { draftSelector } from './languages';
import { RestartOnCrash } from './restartOnCrash';
import { trustMiddleware } from './trust';

export const CLIENT_ID = 'quoteCheck';
export const CLIENT_NAME = 'Quote Check';

/** The language client for the bundled server (`dist/server.js`), spoken to over Node IPC. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, languages: readonly string[]): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: draftSelector(languages),
    synchronize: { configurationSection: 'quoteCheck' },
    // The index cache goes to the extension's storage folder (this workspace's, else the global one), never the workspace.
    initializationOptions: (): InitializationOptions => ({
      workspaceTrusted: vscode.workspace.isTrusted,
      storagePath: (context.storageUri ?? context.globalStorageUri).fsPath,
    }),
    outputChannel: output,
    errorHandler: new RestartOnCrash(),
    middleware: trustMiddleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
