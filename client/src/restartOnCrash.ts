import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** Restarts beyond this many within the window mean the server crashes on start: stop trying. */
const MAX_RESTARTS = 5;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a crashed server and tells the writer once per session; later restarts only go to the log, so a server
 * that crashes on one draft does not pile up notifications. A crash loop stops the server with one error message.
 */
export class RestartOnCrash implements ErrorHandler {
  private readonly restarts: number[] = [];
  private told = false;

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length > 0 && now - this.restarts[0] > WINDOW_MS) this.restarts.shift();
    if (this.restarts.length > MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message: `The Quote Check server crashed ${this.restarts.length} times in three minutes and was stopped. See the "Quote Check" output; run "Quote Check: Re-check quotes" after fixing the cause, or reload the window.`,
      };
    }
    const handled = this.told;
    this.told = true;
    return { action: CloseAction.Restart, message: 'The Quote Check server stopped unexpectedly and was restarted.', handled };
  }
}
