import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  CodeActionTriggerKind,
  CompletionItemKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Definition,
  type FileSystemWatcher,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completeQuote } from '../engine/complete';
import { SOURCE_NAME } from '../engine/findingCodes';
import { renderQuoteHover, renderQuoteReport, sourceLocation } from '../engine/report';
import type { Span } from '../engine/types';
import type { Settings } from '../settings';
import { findingOf, fixAllMisquotes, isCurrent, quickFixes } from './diagnostics';
import { checkDocument, describe, DraftChecker, fixAllMisquoteFixes, settledFixes, type Checked } from './drafts';
import { toRange, validPosition } from './positions';
import {
  CHECK_ALL_REQUEST,
  FIX_ALL_KIND,
  RECHECK_COMMAND,
  REPORT_REQUEST,
  STATS_NOTIFICATION,
  STATS_REQUEST,
  type CheckAllResult,
  type InitializationOptions,
  type QuoteStats,
  type ReportResult,
} from './protocol';
import { FallbackWatcher } from './fallbackWatcher';
import { SettingsStore } from './settingsStore';
import { IndexCache } from '../sources/indexCache';
import { isInside } from '../sources/locations';
import { pathToUri, SourceFolder, uriToPath, type LoadReport, type SourceFolderHost } from './sourceFolders';

/** Draft file endings that checkAll reads from disk, and the language id each is checked as. */
const DRAFT_LANGUAGES: Readonly<Record<string, string>> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'plaintext', '.tex': 'latex' };
/** Folders checkAll never walks into: tooling and build output, not writing. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** Wires the Quote Check language server onto a connection (stdio, IPC or a test's streams) and starts listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string): void => connection.console.log(message);
  let folders: SourceFolder[] = [];
  let fallback = new SourceFolder('', null, false);
  let allowAbsolute = true;
  /** Where the index cache may be written (from the client), or null: no cache. */
  let storageFolder: string | null = null;
  let settings: SettingsStore = new SettingsStore(connection, false, log);
  let canWatchDynamically = false;
  let relativePatterns = false;
  let canRegisterConfiguration = false;
  let watcherRegistration: Promise<{ dispose(): void }> | null = null;
  /** Folders already told that they have no sources: the message is shown once, not per keystroke. */
  const toldNoSources = new Set<string>();
  const justOpened = new Set<string>();

  function folderFor(uri: string): SourceFolder {
    const file = uriToPath(uri);
    if (file !== null) {
      const owners = folders.filter((f) => f.contains(file)).sort((a, b) => (b.root?.length ?? 0) - (a.root?.length ?? 0));
      if (owners.length) return owners[0];
    }
    return folders[0] ?? fallback;
  }

  function publish(uri: string, version: number | null, checked: Checked | null): void {
    const diagnostics = checked ? [...checked.diagnostics] : [];
    void connection.sendDiagnostics({ uri, ...(version === null ? {} : { version }), diagnostics });
    if (checked || version !== null) void connection.sendNotification(STATS_NOTIFICATION, statsOf(uri, version, checked));
  }

  function statsOf(uri: string, version: number | null, checked: Checked | null): QuoteStats {
    const quotes = checked?.result.quotes ?? [];
    return { uri, version, quotes: quotes.length, verified: quotes.filter((q) => q.status === 'verified').length, problems: checked?.diagnostics.length ?? 0 };
  }

  const checker = new DraftChecker({
    document: (uri) => documents.get(uri),
    folderFor,
    settingsFor: (folder) => settings.get(folder.uri),
    publish,
    log,
  });

  const openUris = (): string[] => documents.all().map((d) => d.uri);

  /** Errors inside a handler are logged and answered with an empty result: a bad request never stops the server. */
  function guard<P extends unknown[], R>(name: string, empty: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await handler(...args);
      } catch (error) {
        connection.console.error(`${name} failed: ${describe(error)}`);
        return empty;
      }
    };
  }

  async function progressReporter(title: string): Promise<WorkDoneProgressReporter | null> {
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, undefined, false);
      return reporter;
    } catch {
      return null;
    }
  }

  async function loadFolder(folder: SourceFolder): Promise<void> {
    const folderSettings = settings.get(folder.uri);
    const name = folder.root ? path.basename(folder.root) : 'this window';
    const progress = progressReporter(`Quote Check: reading the sources of ${name}`);
    const report = (done: number, total: number): void =>
      void progress.then((p) => p?.report(total ? Math.round((100 * done) / total) : 100, `${done}/${total} files`));
    try {
      await folder.load(folderSettings, report, (loaded) => tellLoaded(folder, name, loaded, folderSettings));
    } finally {
      (await progress)?.done();
    }
  }

  function tellLoaded(folder: SourceFolder, name: string, report: LoadReport, folderSettings: Promise<Settings>): void {
    if (folder.root === null) return;
    for (const problem of report.problems) log(`Sources of ${name}: ${problem.path} ${problem.message}${problem.skipped ? ' (skipped)' : ''}`);
    const cacheUse = folder.hasCache ? ` (${report.fromCache} from the index cache, ${report.indexed} indexed)` : '';
    const tables = report.tablesFromCache ? ' Index tables from the cache.' : '';
    log(`Sources of ${name}: ${report.documents} documents loaded${cacheUse}.${tables}`);
    const { listMs, readMs, layOutMs } = report.phases;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    log(`Sources of ${name}: load took ${seconds(listMs + readMs + layOutMs)} (listing ${seconds(listMs)}, reading ${seconds(readMs)}, laying out the index ${seconds(layOutMs)}).`);
    if (report.documents > 0) toldNoSources.delete(folder.uri);
    if (report.documents > 0 || toldNoSources.has(folder.uri)) return;
    toldNoSources.add(folder.uri);
    void folderSettings.then((s) => {
      const where = s.sources.map((entry) => `"${entry}"`).join(', ') || '(none configured)';
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Quote Check found no source documents in ${name} (looked in ${where}). Put the articles, transcripts or notes your quotes come from in a "sources" folder (.txt, .md, .tex, .vtt, .srt), or set quoteCheck.sources. Quotes are still read but cannot be verified.`,
      });
    });
  }

  async function reloadAll(): Promise<void> {
    const loads = Promise.all([...folders, fallback].map((f) => loadFolder(f).catch((error) => log(`Loading sources failed: ${describe(error)}`))));
    await registerWatchers();
    await loads;
    checker.recheckAll(openUris());
  }

  async function registerWatchers(): Promise<void> {
    if (!canWatchDynamically) {
      const dirs: string[] = [];
      for (const folder of folders) dirs.push(...folder.watchFolders(await settings.get(folder.uri)));
      fallbackWatcher.watch(dirs);
      return;
    }
    const watchers: FileSystemWatcher[] = [];
    for (const folder of folders) {
      for (const { base, pattern } of folder.watchPatterns(await settings.get(folder.uri))) {
        watchers.push({ globPattern: relativePatterns ? { baseUri: pathToUri(base), pattern } : `${base.split(path.sep).join('/')}/${pattern}` });
      }
    }
    const previous = watcherRegistration;
    watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    (await previous?.catch(() => null))?.dispose();
  }

  const folderHost: SourceFolderHost = {
    onPartial: (folder) => void checker.checkPartial(openUris().filter((uri) => folderFor(uri) === folder)).catch((error) => log(`Checking early failed: ${describe(error)}`)),
    busy: () => checker.busy(),
    log,
  };

  /** The sources of a workspace folder, with an index cache unless the storage folder lies inside a workspace folder. */
  function sourceFolder(uri: string, workspaceRoots: readonly (string | null)[]): SourceFolder {
    const root = uriToPath(uri);
    const storage = storageFolder;
    const usable = storage !== null && root !== null && !workspaceRoots.some((r) => r !== null && isInside(r, storage));
    return new SourceFolder(uri, root, allowAbsolute, usable ? IndexCache.of(storage, root) : null, folderHost);
  }

  function setFolders(workspaceFolders: readonly WorkspaceFolder[]): void {
    const roots = workspaceFolders.map((f) => uriToPath(f.uri));
    folders = workspaceFolders.map((f) => sourceFolder(f.uri, roots));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    allowAbsolute = options.workspaceTrusted !== false;
    storageFolder = typeof options.storagePath === 'string' && path.isAbsolute(options.storagePath) ? options.storagePath : null;
    settings = new SettingsStore(connection, capabilities.workspace?.configuration === true, log);
    canWatchDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    relativePatterns = capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const rootUri = params.rootUri ?? (params.rootPath ? pathToUri(params.rootPath) : null);
    setFolders(params.workspaceFolders ?? (rootUri ? [{ uri: rootUri, name: path.basename(uriToPath(rootUri) ?? 'root') }] : []));
    fallback = new SourceFolder('', null, allowAbsolute);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['"', '“', '«', '„', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [RECHECK_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SOURCE_NAME },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'quoteCheck' }).catch(() => undefined);
    if (folders.length === 0) log('No workspace folder: sources cannot be found, quotes are read but not verified.');
    void reloadAll();
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      const kept = folders.filter((f) => !removed.has(f.uri));
      const roots = [...kept, ...event.added].map((f) => uriToPath(f.uri));
      const added = event.added.map((f) => sourceFolder(f.uri, roots));
      folders = [...kept, ...added];
      const loads = Promise.all(added.map((f) => loadFolder(f)));
      void registerWatchers()
        .then(() => loads)
        .then(() => checker.recheckAll(openUris()))
        .catch((error) => log(`Adding workspace folders failed: ${describe(error)}`));
    });
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, async (params) => {
      settings.invalidate(params.settings);
      const stale: SourceFolder[] = [];
      for (const folder of folders) if (folder.needsReload(await settings.get(folder.uri))) stale.push(folder);
      const loads = Promise.all(stale.map((f) => loadFolder(f)));
      if (stale.length) await registerWatchers();
      await loads;
      checker.recheckAll(openUris());
    }),
  );

  /** Re-reads changed source files and re-checks the open drafts of the folders whose corpus changed. */
  async function sourcesChanged(files: readonly string[]): Promise<void> {
    const changed = new Set<SourceFolder>();
    for (const file of files) {
      for (const folder of folders) {
        const { changed: didChange, problem } = await folder.refresh(file);
        if (problem) log(`Sources: ${problem.path} ${problem.message}`);
        if (didChange) {
          changed.add(folder);
          log(`Sources: re-read ${file}`);
        }
      }
    }
    if (changed.size) checker.recheckAll(openUris().filter((uri) => changed.has(folderFor(uri))));
  }

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) =>
      sourcesChanged(params.changes.map((c) => uriToPath(c.uri)).filter((file): file is string => file !== null)),
    ),
  );

  // Without the client's watcher, the server watches the source folders itself; bursts of events are read once.
  const pendingFiles = new Set<string>();
  let pendingTimer: NodeJS.Timeout | undefined;
  const fallbackWatcher = new FallbackWatcher((file) => {
    pendingFiles.add(file);
    clearTimeout(pendingTimer);
    pendingTimer = setTimeout(() => {
      const files = [...pendingFiles];
      pendingFiles.clear();
      void sourcesChanged(files).catch((error) => log(`Re-reading sources failed: ${describe(error)}`));
    }, 100);
  }, log);
  connection.onShutdown(() => {
    fallbackWatcher.dispose();
    for (const folder of folders) folder.dispose();
  });

  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    checker.schedule(uri, justOpened.delete(uri));
  });
  documents.onDidClose((event) => {
    justOpened.delete(event.document.uri);
    checker.forget(event.document.uri);
  });

  /** The document and offset a position request names, or null for unknown documents and malformed positions. */
  function target(params: { textDocument: { uri: string }; position: unknown }): { doc: TextDocument; offset: number } | null {
    const doc = documents.get(params.textDocument?.uri);
    const position = validPosition(params.position);
    return doc && position ? { doc, offset: doc.offsetAt(position) } : null;
  }

  connection.onHover(
    guard('hover', null, async (params): Promise<Hover | null> => {
      const at = target(params);
      const checked = at && (await checker.current(at.doc.uri));
      if (!at || !checked || checked.doc.version !== at.doc.version) return null;
      const quote = checked.result.quotes.find((q) => contains(q.span, at.offset));
      if (!quote) return null;
      const findings = checked.findings.filter((f) => f.span.start < quote.span.end + 1 && quote.span.start - 1 < f.span.end);
      return {
        contents: { kind: MarkupKind.Markdown, value: renderQuoteHover(quote, findings, checked.folder.corpus) },
        range: toRange(at.doc, quote.span),
      };
    }),
  );

  connection.onDefinition(
    guard('definition', null, async (params): Promise<Definition | null> => {
      const at = target(params);
      const checked = at && (await checker.current(at.doc.uri));
      if (!at || !checked || checked.doc.version !== at.doc.version) return null;
      const passage =
        checked.result.quotes.find((q) => contains(q.span, at.offset) && q.source)?.source ??
        checked.findings.find((f) => contains(f.span, at.offset) && f.source)?.source;
      return (passage && checked.folder.locate(passage)) ?? null;
    }),
  );

  connection.onCompletion(
    guard('completion', null, async (params): Promise<CompletionList | null> => {
      const at = target(params);
      if (!at) return null;
      const folder = folderFor(at.doc.uri);
      await folder.ready.catch(() => undefined);
      const folderSettings = await settings.get(folder.uri);
      if (!folderSettings.enable || !folderSettings.languages.includes(at.doc.languageId)) return null;
      const text = at.doc.getText();
      const items = completeQuote(text, at.offset, folder.corpus).map((c, i): CompletionItem => {
        const { line, timestamp } = sourceLocation(folder.corpus, c.passage);
        const where = [c.passage.docId, line === null ? null : `line ${line}`, timestamp].filter(Boolean).join(', ');
        const words = c.passage.text.replace(/\s+/g, ' ');
        return {
          label: words.length > 80 ? `${words.slice(0, 79)}…` : words,
          kind: CompletionItemKind.Text,
          detail: `${c.passage.speaker ?? 'Unknown speaker'} — ${where}`,
          documentation: { kind: MarkupKind.Markdown, value: `> ${words}\n\n${c.passage.speaker ? `Said by **${c.passage.speaker}** · ` : ''}\`${where}\`` },
          textEdit: { range: toRange(at.doc, c.replace), newText: c.newText },
          // What the writer typed, so the client keeps the item however the words are cased or spelt.
          filterText: text.slice(c.replace.start, at.offset),
          sortText: String(i).padStart(4, '0'),
        };
      });
      // Incomplete: the candidates depend on every word typed, so the client asks again as the quote grows.
      return { isIncomplete: true, items };
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [] as CodeAction[], async (params): Promise<CodeAction[]> => {
      const doc = documents.get(params.textDocument?.uri);
      if (!doc) return [];
      const only = params.context?.only;
      const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const asked = wants(CodeActionKind.QuickFix) ? (params.context?.diagnostics ?? []).filter((d) => isCurrent(d, doc)) : [];
      // Fix-all re-checks the whole draft: not for the lightbulb's automatic requests, which never show it.
      const fixAllWanted = only ? wants(FIX_ALL_KIND) : params.context?.triggerKind !== CodeActionTriggerKind.Automatic;
      if (asked.length === 0 && !fixAllWanted) return [];
      // Fixes come from the check the diagnostics were published from, tried before they are offered.
      const checked = await checker.current(doc.uri);
      if (!checked || checked.doc.version !== doc.version) return [];
      const stale = () => documents.get(doc.uri)?.version !== checked.doc.version;
      const actions: CodeAction[] = [];
      for (const diagnostic of asked) {
        const finding = findingOf(checked, diagnostic);
        if (finding) actions.push(...quickFixes(doc, diagnostic, await settledFixes(checked, finding, stale)));
      }
      const fixAll = fixAllWanted ? fixAllMisquotes(doc, await fixAllMisquoteFixes(checked, stale)) : null;
      if (fixAll) actions.push(fixAll);
      return actions;
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
      if (params.command !== RECHECK_COMMAND) return null;
      settings.invalidate(undefined);
      await reloadAll();
      return null;
    }),
  );

  /** A draft's check: the open document's text, else the file on disk. */
  async function checkUri(uri: string): Promise<Checked | null> {
    if (documents.get(uri)) return checker.current(uri);
    const file = uriToPath(uri);
    const languageId = file === null ? undefined : DRAFT_LANGUAGES[path.extname(file).toLowerCase()];
    if (file === null || languageId === undefined) return null;
    // Only drafts of the workspace are read from disk: a request never makes the server read files elsewhere.
    if (!(await inWorkspace(file))) return null;
    const folder = folderFor(uri);
    if (folder.isSource(file)) return null;
    await folder.ready.catch(() => undefined);
    const text = await fs.readFile(file, 'utf8');
    return checkDocument(TextDocument.create(uri, languageId, 0, text), folder, await settings.get(folder.uri));
  }

  /** Whether a file really lies in a workspace folder: its path may, while a symbolic link on it leads elsewhere. */
  async function inWorkspace(file: string): Promise<boolean> {
    // The path is tested first, so that nothing outside is even resolved.
    const folder = folders.find((f) => f.root !== null && f.contains(file));
    if (!folder) return false;
    const [real, root] = await Promise.all([fs.realpath(file), fs.realpath(folder.root!)].map((p) => p.catch(() => null)));
    return real !== null && root !== null && isInside(root, real);
  }

  connection.onRequest(
    REPORT_REQUEST,
    guard('report', null, async (params: { uri?: unknown }): Promise<ReportResult | null> => {
      if (typeof params?.uri !== 'string') return null;
      const checked = await checkUri(params.uri);
      if (!checked) return null;
      const root = checked.folder.root;
      const file = uriToPath(params.uri);
      const name = file && root ? path.relative(root, file).split(path.sep).join('/') : params.uri;
      return { markdown: renderQuoteReport(name, { quotes: checked.result.quotes, findings: checked.findings }, checked.folder.corpus) };
    }),
  );

  connection.onRequest(
    STATS_REQUEST,
    guard('stats', null, (params: { uri?: unknown }): QuoteStats | null => {
      const checked = typeof params?.uri === 'string' ? checker.last(params.uri) : undefined;
      return checked ? statsOf(checked.doc.uri, checked.doc.version, checked) : null;
    }),
  );

  connection.onRequest(
    CHECK_ALL_REQUEST,
    guard('checkAll', { drafts: 0, problems: 0 }, async (params: { workDoneToken?: string | number } | undefined, token): Promise<CheckAllResult> => {
      const progress = params?.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : await progressReporter('Quote Check: checking all drafts');
      progress?.begin('Quote Check: checking all drafts', 0, undefined, true);
      try {
        const files: string[] = [];
        for (const folder of folders) if (folder.root) files.push(...(await draftFiles(folder)));
        let problems = 0;
        let drafts = 0;
        for (const [i, file] of files.entries()) {
          if (token.isCancellationRequested) break;
          progress?.report(Math.round((100 * i) / files.length), path.basename(file));
          const uri = pathToUri(file);
          const openUri = documents.all().find((d) => uriToPath(d.uri) === file)?.uri;
          const checked = await checkUri(openUri ?? uri).catch((error) => {
            log(`Checking ${file} failed: ${describe(error)}`);
            return null;
          });
          if (!checked) continue;
          drafts++;
          problems += checked.diagnostics.length;
          if (!openUri) publish(uri, null, checked);
        }
        return { drafts, problems };
      } finally {
        progress?.done();
      }
    }),
  );

  /** The draft files of a folder: files of a checked language that are not sources, outside tooling folders. */
  async function draftFiles(folder: SourceFolder): Promise<string[]> {
    const folderSettings = await settings.get(folder.uri);
    await folder.ready.catch(() => undefined);
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(full);
        } else if (entry.isFile()) {
          const languageId = DRAFT_LANGUAGES[path.extname(entry.name).toLowerCase()];
          if (languageId && folderSettings.languages.includes(languageId) && !folder.isSource(full)) found.push(full);
        }
      }
    };
    await walk(folder.root!);
    return found.sort();
  }

  documents.listen(connection);
  connection.listen();
}
