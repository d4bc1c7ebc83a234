import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Corpus } from '../engine/corpus/corpus';
import { KGramIndex } from '../engine/index/kgramIndex';
import { LineMap } from '../engine/text/lines';
import type { SourcePassage } from '../engine/types';
import type { Settings } from '../settings';
import { loadCorpus, type LoadReport } from '../sources/corpusLoad';
import { ContentKeys, contentKey, IndexCache } from '../sources/indexCache';
import { resolveLocation } from '../sources/locations';
import { addToCorpus, isSourceFile, readSourceFile, sourceId, SOURCE_EXTENSIONS, type LoadProblem } from '../sources/loader';
import type { Location } from 'vscode-languageserver';
import { toRange } from './positions';

/** The file path of a file URI, or null for other schemes (untitled documents, virtual files). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export const pathToUri = (file: string): string => pathToFileURL(file).href;

export type { LoadReport };

const EMPTY_REPORT: LoadReport = { documents: 0, problems: [], fromCache: 0, indexed: 0, tablesFromCache: false, phases: { listMs: 0, readMs: 0, layOutMs: 0 } };

/** A load gives the event loop a turn at least this often (ms), so requests and checks are served while it runs. */
const YIELD_EVERY_MS = 15;
/**
 * Once a load has run this long (ms), open drafts are checked against the sources read so far (see onPartial): the
 * writer sees diagnostics a second in, whatever the size of the corpus, and the complete ones when the load is done.
 */
const PARTIAL_CHECK_AFTER_MS = 1000;
/**
 * ...but only while the files left would take at least this long (ms) to read at the pace so far. An early check
 * costs about as much as the complete one, plus an index build of the part read (together about a second at 20,000
 * articles), all of it delaying the complete diagnostics: it pays only when those are further away than that.
 */
const PARTIAL_CHECK_MIN_REMAINING_MS = 2000;
/** The pace of reading is timed after this many files (the first are slow: code not compiled yet, cold caches)... */
const PACE_AFTER_FILES = 50;
/** ...over at least this many more. */
const PACE_FILES = 50;

/**
 * The pace of a load's reading, for earlyCheckPays: its own time (not the turns it gives the event loop) over the
 * later half of the files read since the PACE_AFTER_FILES-th. The first thousand or two files of a first load are read
 * about twice as slowly as the rest (20,000 articles, cold: 270-380 µs a file, then 110-190 µs) while the code
 * compiles and arrays grow; a pace that counted them all would foresee a longer load than comes, and check early
 * (delaying the complete diagnostics by the check's cost) where the load was about to finish.
 */
export class ReadingPace {
  /** The load's own time (ms) when each count of files was read. */
  private readonly ownMsAt: Float64Array;

  constructor(files: number) {
    this.ownMsAt = new Float64Array(files + 1);
  }

  record(done: number, ownMs: number): void {
    this.ownMsAt[done] = ownMs;
  }

  /** The files of the later half, and the time they took. */
  recent(done: number): { files: number; ms: number } {
    if (done <= PACE_AFTER_FILES) return { files: 0, ms: 0 };
    const from = PACE_AFTER_FILES + Math.floor((done - PACE_AFTER_FILES) / 2);
    return { files: done - from, ms: this.ownMsAt[done] - this.ownMsAt[from] };
  }
}

/**
 * Whether a load, `sinceStartMs` in, that read `timedFiles` files in `timedMs` of its own time and has `leftFiles` to
 * go, should have open drafts checked against the files read so far: only once it has run PARTIAL_CHECK_AFTER_MS, and
 * only if the files left would take PARTIAL_CHECK_MIN_REMAINING_MS or more at that pace (unknown over too few files).
 */
export function earlyCheckPays(sinceStartMs: number, timedMs: number, timedFiles: number, leftFiles: number): boolean {
  if (sinceStartMs < PARTIAL_CHECK_AFTER_MS || timedFiles < PACE_FILES) return false;
  return (timedMs / timedFiles) * leftFiles >= PARTIAL_CHECK_MIN_REMAINING_MS;
}

/**
 * Background work (building the index tables, saving the index cache) runs this long (ms) after the last change, so a
 * burst of changes is handled once, and only while no check is running or due.
 */
const IDLE_DELAY_MS = 500;

/** Work for a quiet moment: IDLE_DELAY_MS after it was last scheduled, and once the host has no check running or due. */
class IdleTask {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly host: SourceFolderHost,
    private readonly work: () => void,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.host.busy?.() ? this.schedule() : this.work()), IDLE_DELAY_MS);
    this.timer.unref();
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}

/** What a folder tells the server around it. */
export interface SourceFolderHost {
  /** A long load has read part of the sources: checks can run against them now, and again once it is complete. */
  onPartial?(folder: SourceFolder): void;
  /** Whether checks are running or due: the index cache is saved once they are done, never in their way. */
  busy?(): boolean;
  log?(message: string): void;
}

/** Progress of a load: how many files are read of how many. */
export type LoadProgress = (done: number, total: number) => void;

/**
 * The sources of one workspace folder (or of the server's root when the client names no folder): a corpus loaded
 * from the folder's configured locations and kept current, one file at a time, from file-watcher events.
 */
export class SourceFolder {
  private readonly index = new KGramIndex();
  readonly corpus = new Corpus(this.index);
  private entries: readonly string[] = [];
  private maxFileSizeMB = 50;
  private readonly lineMaps = new Map<string, { text: string; map: LineMap }>();
  /** Settles when the latest load has finished; checks wait on it so they never see a half-read corpus. */
  ready: Promise<LoadReport> = Promise.resolve(EMPTY_REPORT);
  /** False while a load is under way: the corpus may still lack sources, so no quote can be said to be in none. */
  complete = true;
  /** The cache key of each source's content, for saving the index cache. */
  private keys = new ContentKeys();
  /**
   * Builds the index tables the first checks left unbuilt (they gathered only what they searched: see Segment), once
   * no check is running or due, so that the writer's next edits find them ready.
   */
  private readonly completeIndex: IdleTask;
  /** Saves the index cache once no check is running or due: the first diagnostics after a start come before it. */
  private readonly saveCache: IdleTask;

  constructor(
    readonly uri: string,
    readonly root: string | null,
    private readonly allowAbsolute: boolean,
    private readonly cache: IndexCache | null = null,
    private readonly host: SourceFolderHost = {},
  ) {
    this.completeIndex = new IdleTask(host, () => this.buildIndexTables());
    this.saveCache = new IdleTask(host, () => this.saveIndexCache());
  }

  get hasCache(): boolean {
    return this.cache !== null;
  }

  /** Whether a document belongs to this folder. */
  contains(documentPath: string): boolean {
    if (this.root === null) return false;
    const rel = path.relative(this.root, documentPath);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }

  /** Whether the settings name other locations or limits than the ones loaded. */
  needsReload(settings: Settings): boolean {
    return settings.sources.join('\n') !== this.entries.join('\n') || settings.maxSourceFileSizeMB !== this.maxFileSizeMB;
  }

  /**
   * Reads every source of the configured locations into the corpus, replacing what it held. `ready` covers the whole
   * load at once (settings included), and `loaded` runs before it settles, so a check never sees a half-told load.
   */
  load(settings: Promise<Settings>, progress?: LoadProgress, loaded?: (report: LoadReport) => void): Promise<LoadReport> {
    const previous = this.ready;
    this.ready = previous
      .catch(() => undefined)
      .then(async () => {
        const resolved = await settings;
        this.entries = [...resolved.sources];
        this.maxFileSizeMB = resolved.maxSourceFileSizeMB;
        this.complete = false;
        let report: LoadReport;
        try {
          report = await this.loadNow(progress);
        } finally {
          this.complete = true;
        }
        loaded?.(report);
        return report;
      });
    return this.ready;
  }

  private async loadNow(progress?: LoadProgress): Promise<LoadReport> {
    if (this.root === null) return EMPTY_REPORT;
    const started = performance.now();
    let lastYield = started;
    let partialTold = false;
    // The pace counts the load's own time only: not the turns it gives the event loop, where a draft may be read
    // meanwhile.
    let pace: ReadingPace | undefined;
    let othersMs = 0;
    const between = async (done: number, total: number): Promise<void> => {
      const now = performance.now();
      pace ??= new ReadingPace(total);
      pace.record(done, now - started - othersMs);
      if (now - lastYield < YIELD_EVERY_MS) return;
      const recent = pace.recent(done);
      if (!partialTold && earlyCheckPays(now - started, recent.ms, recent.files, total - done)) {
        partialTold = true;
        this.host.log?.(`Sources: ${done} of ${total} files read: open drafts are checked against them meanwhile.`);
        this.host.onPartial?.(this);
      }
      const yielded = performance.now();
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      othersMs += lastYield - yielded;
    };
    const options = { allowAbsolute: this.allowAbsolute, maxFileSizeMB: this.maxFileSizeMB, cache: this.cache, progress, between };
    const { report, keys, stale } = await loadCorpus(this.corpus, this.root, this.entries, options);
    this.keys = keys;
    this.completeIndex.schedule();
    if (stale && this.cache) this.saveCache.schedule();
    return report;
  }

  private buildIndexTables(): void {
    if (this.index.completed) return;
    const started = performance.now();
    this.index.complete();
    this.host.log?.(`Index tables built in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
  }

  /** One pack of every current source's words (and the index tables), to the cache. */
  private saveIndexCache(): void {
    const cache = this.cache;
    if (!cache) return;
    const contents = IndexCache.contentsOf(this.corpus, this.keys);
    cache.save(contents).then(
      () => this.host.log?.(`Index cache: saved ${contents.entries.size} sources${contents.tables ? ' and the index tables' : ''} to ${cache.file}.`),
      (error) => this.host.log?.(`Index cache: could not save ${cache.file} (${error instanceof Error ? error.message : String(error)}); the next start indexes every source again.`),
    );
  }

  /** Stops pending background work (the server is going away). */
  dispose(): void {
    this.completeIndex.cancel();
    this.saveCache.cancel();
  }

  /** Re-reads one changed, created or deleted file if it is one of the sources; true when the corpus changed. */
  async refresh(file: string): Promise<{ changed: boolean; problem: LoadProblem | null }> {
    if (this.root === null || !this.isSource(file)) return { changed: false, problem: null };
    await this.ready.catch(() => undefined);
    const id = sourceId(file, this.root);
    const before = this.corpus.version;
    const { doc, problem, bytes } = await readSourceFile(file, this.root, { allowAbsolute: this.allowAbsolute, maxFileSizeMB: this.maxFileSizeMB });
    const failed = doc && addToCorpus(this.corpus, doc);
    if (!doc) this.corpus.delete(id);
    if (this.cache && this.corpus.version !== before) {
      if (doc && bytes && !failed) this.keys.set(id, contentKey(bytes, doc.format));
      else this.keys.delete(id);
      this.saveCache.schedule();
    }
    if (this.corpus.version !== before) this.completeIndex.schedule();
    // A file that vanished is no problem worth telling: it simply left the sources.
    return { changed: this.corpus.version !== before, problem: failed ?? (problem && !/does not exist/.test(problem.message) ? problem : null) };
  }

  isSource(file: string): boolean {
    return this.root !== null && isSourceFile(file, this.root, this.entries, { allowAbsolute: this.allowAbsolute });
  }

  /** Glob patterns for the file watcher: each location, relative to the folder (absolute ones as they are). */
  watchPatterns(settings: Settings): { base: string; pattern: string }[] {
    if (this.root === null) return [];
    const extensions = `*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
    return settings.sources.map((entry) => {
      const absolute = path.isAbsolute(entry);
      const base = absolute ? path.parse(entry).root : this.root!;
      const relative = (absolute ? path.relative(base, entry) : entry).split(path.sep).join('/').replace(/^\.\/|\/$/g, '');
      const pattern = /[*?]/.test(relative) ? relative : `${relative}/**/${extensions}`;
      return { base, pattern };
    });
  }

  /** Existing folders holding the configured locations, for a server-side watcher when the client has none. */
  watchFolders(settings: Settings): string[] {
    if (this.root === null) return [];
    const folders: string[] = [];
    for (const entry of settings.sources) {
      const location = resolveLocation(entry, this.root, { allowAbsolute: this.allowAbsolute });
      if ('problem' in location) continue;
      const at = location.kind === 'glob' ? location.base : location.absolute;
      try {
        folders.push(statSync(at).isDirectory() ? at : path.dirname(at));
      } catch {
        // Not there (yet): quoteCheck.recheck reads it once it exists.
      }
    }
    return folders;
  }

  /** The file URI of a source id (a path relative to the folder, or absolute). */
  sourceUri(docId: string): string {
    return pathToUri(path.isAbsolute(docId) || this.root === null ? docId : path.join(this.root, docId));
  }

  /** Where a passage stands in its source file, for definitions and related information. */
  locate(passage: SourcePassage): Location | null {
    const model = this.corpus.get(passage.docId);
    if (!model) return null;
    let cached = this.lineMaps.get(passage.docId);
    if (!cached || cached.text !== model.doc.text) {
      cached = { text: model.doc.text, map: new LineMap(model.doc.text) };
      this.lineMaps.set(passage.docId, cached);
    }
    return { uri: this.sourceUri(passage.docId), range: toRange(cached.map, passage.span) };
  }
}
