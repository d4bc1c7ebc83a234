import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { checkAllRequest } from './protocol';

/** Checks every draft of the workspace, showing the server's progress in a cancellable notification. */
export async function checkWorkspace(client: LanguageClient): Promise<{ drafts: number; problems: number } | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Quote Check: checking drafts', cancellable: true },
    async (progress, cancel) => {
      const token = randomUUID();
      let reported = 0;
      const listening = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const increment = value.percentage === undefined ? undefined : Math.max(0, value.percentage - reported);
        if (value.percentage !== undefined) reported = value.percentage;
        progress.report({ message: value.message, increment });
      });
      try {
        const { drafts, problems } = await client.sendRequest(checkAllRequest, { workDoneToken: token }, cancel);
        if (cancel.isCancellationRequested) return undefined;
        void vscode.window.showInformationMessage(
          `Quote Check: ${drafts} ${drafts === 1 ? 'draft' : 'drafts'} checked, ${problems} ${problems === 1 ? 'problem' : 'problems'}. See the Problems panel.`,
        );
        return { drafts, problems };
      } finally {
        listening.dispose();
      }
    },
  );
}
