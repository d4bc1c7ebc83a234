import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

export const REPO = path.resolve(__dirname, '../../..');

/**
 * The server under test: the shipped bundle once `npm run build` has made it, else tsc's output. QUOTE_CHECK_SERVER
 * names another entry point.
 */
export function serverEntry(): string {
  const bundle = path.join(REPO, 'dist/server.js');
  return process.env.QUOTE_CHECK_SERVER ?? (fs.existsSync(bundle) ? bundle : path.join(REPO, 'out/server/src/lsp/main.js'));
}

/** A temporary workspace: the given files, plus the seed article under sources/ unless `sources` is false. */
export function makeWorkspace(files: Record<string, string>, options: { sources?: boolean } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-lsp-'));
  if (options.sources !== false) {
    fs.mkdirSync(path.join(root, 'sources'));
    fs.copyFileSync(path.join(REPO, 'sources/putin-peace-proposal.txt'), path.join(root, 'sources/putin-peace-proposal.txt'));
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

export const fileUri = (root: string, name: string): string => pathToFileURL(path.join(root, name)).href;

type Waiter<T> = { test: (value: T) => boolean; resolve: (value: T) => void };

/** A language client speaking JSON-RPC over the server process's stdio, recording what the server sends. */
export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly logs: string[] = [];
  /** For each of logs, how many publications had arrived before it (the server's order is the wire's). */
  readonly publishedBeforeLog: number[] = [];
  private readonly logWaiters: Waiter<string>[] = [];
  /** What workspace/configuration answers for the `quoteCheck` section, per scope URI ('' for any). */
  settings: Record<string, unknown> = {};
  exitCode: number | null = null;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly registrationWaiters: Waiter<{ method: string; registerOptions?: unknown }>[] = [];
  private stderr = '';

  /** Starts the server with --stdio, or with --node-ipc as VS Code's client does. */
  constructor(transport: 'stdio' | 'ipc' = 'stdio') {
    const ipc = transport === 'ipc';
    this.process = spawn(process.execPath, [serverEntry(), ipc ? '--node-ipc' : '--stdio'], { stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.process.on('exit', (code) => (this.exitCode = code ?? -1));
    this.connection = ipc
      ? createProtocolConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process))
      : createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.test(params)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => void this.messages.push(params));
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.publishedBeforeLog.push(this.published.length);
      for (const waiter of this.logWaiters.filter((w) => w.test(params.message))) {
        this.logWaiters.splice(this.logWaiters.indexOf(waiter), 1);
        waiter.resolve(params.message);
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => (item.section === 'quoteCheck' ? (this.settings[item.scopeUri ?? ''] ?? this.settings[''] ?? {}) : null)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      for (const registration of params.registrations) {
        for (const waiter of this.registrationWaiters.filter((w) => w.test(registration))) {
          this.registrationWaiters.splice(this.registrationWaiters.indexOf(waiter), 1);
          waiter.resolve(registration);
        }
      }
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onNotification('quoteCheck/stats', () => undefined);
    this.connection.listen();
  }

  /** Initializes with one workspace folder per root given (none: a client with no workspace). */
  async initialize(roots: string | readonly string[] | null, options: { initializationOptions?: unknown; watchFiles?: boolean } = {}): Promise<unknown> {
    const list = roots === null ? [] : typeof roots === 'string' ? [roots] : roots;
    const folders = list.length ? list.map((root) => ({ uri: pathToFileURL(root).href, name: path.basename(root) })) : null;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders?.[0].uri ?? null,
      workspaceFolders: folders,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: options.watchFiles !== false, relativePatternSupport: true },
        },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a change without a range), as a client may always do. */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The next publication for uri that passes test (or the latest one already received, if it passes). */
  diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true, options: { includeReceived?: boolean } = {}): Promise<PublishDiagnosticsParams> {
    const latest = [...this.published].reverse().find((p) => p.uri === uri);
    if (options.includeReceived !== false && latest && test(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.diagnosticWaiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
  }

  /** The first dynamic registration of a method (already received or still to come). */
  registration(method: string): Promise<{ method: string; registerOptions?: unknown }> {
    const received = this.registrations.find((r) => r.method === method);
    if (received) return Promise.resolve(received);
    return new Promise((resolve) => this.registrationWaiters.push({ test: (r) => r.method === method, resolve }));
  }

  /** Diagnostics for exactly this document version. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version);
  }

  /** The first log message matching pattern (already received or still to come). */
  log(pattern: RegExp): Promise<string> {
    const received = this.logs.find((m) => pattern.test(m));
    if (received !== undefined) return Promise.resolve(received);
    return new Promise((resolve) => this.logWaiters.push({ test: (m) => pattern.test(m), resolve }));
  }

  /** Whether the server process is still running (it must never crash). */
  get alive(): boolean {
    return this.exitCode === null;
  }

  get errorOutput(): string {
    return this.stderr;
  }

  async shutdown(): Promise<void> {
    if (this.alive) {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
      await new Promise((resolve) => {
        if (!this.alive) return resolve(undefined);
        const timer = setTimeout(() => {
          this.process.kill();
          resolve(undefined);
        }, 2000);
        this.process.on('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    this.connection.dispose();
  }
}

/** The offset range of the first occurrence of words in text, as an LSP range (single-line texts or line-aware). */
export function rangeOf(text: string, words: string, from = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start: positionAt(text, start), end: positionAt(text, start + words.length) };
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
  return offset + position.character;
}

/** Applies LSP text edits (non-overlapping) to a text, as a client does. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const spans = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let result = text;
  for (const s of spans) result = result.slice(0, s.start) + s.newText + result.slice(s.end);
  return result;
}
