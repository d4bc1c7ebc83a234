import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isCheckedDraft } from './languages';
import { statsNotification, statsRequest, type QuoteStats } from './protocol';

export const SHOW_REPORT_COMMAND = 'quoteCheck.showReport';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The status bar text for a draft's counts: `$(quote) 3 verified · 2 problems`. */
export function statusText(stats: Pick<QuoteStats, 'verified' | 'problems'>): string {
  return `$(quote) ${stats.verified} verified · ${plural(stats.problems, 'problem', 'problems')}`;
}

/** Shows the active draft's counts, from the server's stats notifications, and opens its report when clicked. */
export class QuoteStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('quoteCheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly latest = new Map<string, QuoteStats>();
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly client: LanguageClient,
    private readonly languages: () => readonly string[],
  ) {
    this.item.name = 'Quote Check';
    this.item.command = SHOW_REPORT_COMMAND;
    this.disposables.push(
      client.onNotification(statsNotification, (stats) => {
        this.latest.set(stats.uri, stats);
        if (stats.uri === this.activeUri()) this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => this.latest.delete(document.uri.toString())),
    );
    void this.refresh();
  }

  /** Asks the server for the active draft's counts (the notification may have come before the editor showed). */
  async refresh(): Promise<void> {
    const uri = this.activeUri();
    if (uri === undefined) return this.render();
    if (!this.latest.has(uri) && this.client.isRunning()) {
      try {
        const stats = await this.client.sendRequest(statsRequest, { uri });
        if (stats) this.latest.set(uri, stats);
      } catch {
        // The server may be restarting; its next notification fills the item in.
      }
    }
    this.render();
  }

  private activeUri(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isCheckedDraft(document, this.languages()) ? document.uri.toString() : undefined;
  }

  private render(): void {
    const uri = this.activeUri();
    // Menus offer the draft commands only where they apply.
    void vscode.commands.executeCommand('setContext', 'quoteCheck.activeDraft', uri !== undefined);
    const stats = uri === undefined ? undefined : this.latest.get(uri);
    if (stats === undefined) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(stats);
    this.item.tooltip = `Quote Check: ${plural(stats.quotes, 'quotation', 'quotations')}, ${stats.verified} verified, ${plural(stats.problems, 'problem', 'problems')}. Click for the quote report.`;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
