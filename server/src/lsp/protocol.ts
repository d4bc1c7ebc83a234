// The Quote Check additions to LSP, for any client (the VS Code extension, Neovim, tests). Plain method names and
// JSON shapes, with no imports, so a client can use this file without pulling in the server.

/**
 * Request `quoteCheck/report`: the quote report of one open or on-disk draft, as Markdown (every quotation, its
 * status, the speaker per the source and per the draft, the source file and line, then the problems).
 */
export const REPORT_REQUEST = 'quoteCheck/report';
export interface ReportParams {
  readonly uri: string;
}
export interface ReportResult {
  readonly markdown: string;
}

/** Counts of one draft's last check, for a status bar. */
export interface QuoteStats {
  readonly uri: string;
  /** The document version the counts belong to (null for a draft checked from disk). */
  readonly version: number | null;
  readonly quotes: number;
  readonly verified: number;
  /** Diagnostics published for the draft (after ignore comments and severity `off`). */
  readonly problems: number;
}

/** Request `quoteCheck/stats`: the counts of a draft's last check (null when it has not been checked). */
export const STATS_REQUEST = 'quoteCheck/stats';
export interface StatsParams {
  readonly uri: string;
}

/** Notification `quoteCheck/stats` (server → client): sent with every diagnostics publication of an open draft. */
export const STATS_NOTIFICATION = 'quoteCheck/stats';

/**
 * Request `quoteCheck/checkAll`: checks every draft of every workspace folder (files of the checked languages outside
 * the sources), publishes their diagnostics, and reports progress when the client passes a workDoneToken.
 */
export const CHECK_ALL_REQUEST = 'quoteCheck/checkAll';
export interface CheckAllResult {
  readonly drafts: number;
  readonly problems: number;
}

/** Command `quoteCheck.recheck` (workspace/executeCommand, no arguments): reloads the sources and re-checks open drafts. */
export const RECHECK_COMMAND = 'quoteCheck.recheck';

/** Code action kind of "Fix all misquotes in this file". */
export const FIX_ALL_KIND = 'source.fixAll.quoteCheck';

/**
 * What each diagnostic's `data` carries: the document version it was computed for. Its fixes are tried when a client
 * asks for code actions (see settledFixes), not when the diagnostic is published.
 */
export interface DiagnosticData {
  readonly version: number;
}

/** `initializationOptions` a client may send. */
export interface InitializationOptions {
  /** False in an untrusted workspace: absolute source paths from settings are then ignored. Default true. */
  readonly workspaceTrusted?: boolean;
  /**
   * An absolute folder the server may write its index cache to (VS Code: the extension's storage folder). None: no
   * cache, every start indexes every source. A folder inside a workspace folder is not used.
   */
  readonly storagePath?: string;
}
