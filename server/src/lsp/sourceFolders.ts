import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Corpus } from '../engine/corpus/corpus';
import { KGramIndex } from '../engine/index/kgramIndex';
import { LineMap } from '../engine/text/lines';
import type { SourcePassage } from '../engine/types';
import type { Settings } from '../settings';
import { resolveLocation } from '../sources/locations';
import { addToCorpus, isSourceFile, listSourceFiles, readSourceFile, sourceId, SOURCE_EXTENSIONS, type LoadProblem } from '../sources/loader';
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

export interface LoadReport {
  readonly documents: number;
  readonly problems: readonly LoadProblem[];
}

/** Source files being read while earlier ones are indexed. */
const READ_AHEAD = 16;

/** Progress of a load: how many files are read of how many. */
export type LoadProgress = (done: number, total: number) => void;

/**
 * The sources of one workspace folder (or of the server's root when the client names no folder): a corpus loaded
 * from the folder's configured locations and kept current, one file at a time, from file-watcher events.
 */
export class SourceFolder {
  readonly corpus = new Corpus(new KGramIndex());
  private entries: readonly string[] = [];
  private maxFileSizeMB = 50;
  private readonly lineMaps = new Map<string, { text: string; map: LineMap }>();
  /** Settles when the latest load has finished; checks wait on it so they never see a half-read corpus. */
  ready: Promise<LoadReport> = Promise.resolve({ documents: 0, problems: [] });

  constructor(
    readonly uri: string,
    readonly root: string | null,
    private readonly allowAbsolute: boolean,
  ) {}

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
        const report = await this.loadNow(progress);
        loaded?.(report);
        return report;
      });
    return this.ready;
  }

  private async loadNow(progress?: LoadProgress): Promise<LoadReport> {
    if (this.root === null) return { documents: 0, problems: [] };
    const options = { allowAbsolute: this.allowAbsolute, maxFileSizeMB: this.maxFileSizeMB };
    const listed = await listSourceFiles(this.root, this.entries, options);
    const problems = [...listed.problems];
    const kept = new Set<string>();
    // Files are read a few ahead of the one being indexed, so the disk waits overlap the indexing.
    const files = listed.files;
    const reads = new Map<number, ReturnType<typeof readSourceFile>>();
    const readAhead = (i: number) => {
      if (i < files.length) reads.set(i, readSourceFile(files[i], this.root!, options));
    };
    for (let i = 0; i < READ_AHEAD; i++) readAhead(i);
    for (let i = 0; i < files.length; i++) {
      // Told once per percent: one message per file would flood the client on a large corpus.
      if (i === 0 || Math.floor((100 * i) / files.length) !== Math.floor((100 * (i - 1)) / files.length)) progress?.(i, files.length);
      const read = reads.get(i)!;
      reads.delete(i);
      readAhead(i + READ_AHEAD);
      const { doc, problem } = await read;
      if (problem) problems.push(problem);
      if (!doc) continue;
      const failed = addToCorpus(this.corpus, doc);
      if (failed) problems.push(failed);
      else kept.add(doc.id);
    }
    for (const model of [...this.corpus.all()]) if (!kept.has(model.doc.id)) this.corpus.delete(model.doc.id);
    progress?.(listed.files.length, listed.files.length);
    return { documents: this.corpus.size, problems };
  }

  /** Re-reads one changed, created or deleted file if it is one of the sources; true when the corpus changed. */
  async refresh(file: string): Promise<{ changed: boolean; problem: LoadProblem | null }> {
    if (this.root === null || !this.isSource(file)) return { changed: false, problem: null };
    await this.ready.catch(() => undefined);
    const id = sourceId(file, this.root);
    const before = this.corpus.version;
    const { doc, problem } = await readSourceFile(file, this.root, { allowAbsolute: this.allowAbsolute, maxFileSizeMB: this.maxFileSizeMB });
    const failed = doc && addToCorpus(this.corpus, doc);
    if (!doc) this.corpus.delete(id);
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
