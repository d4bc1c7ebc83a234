import type { Corpus } from '../engine/corpus/corpus';
import { KGramIndex } from '../engine/index/kgramIndex';
import { ContentKeys, contentKey, type IndexCache } from './indexCache';
import { addToCorpus, listSourceFiles, readSourceFile, type LoaderOptions, type LoadProblem } from './loader';

// Loading a corpus from the configured locations, with the index cache when there is one: the one load the server
// (in the background, yielding) and the CLI (at once) share.

export interface LoadReport {
  readonly documents: number;
  readonly problems: readonly LoadProblem[];
  /** Documents whose words came from the index cache, and documents tokenized and indexed (both 0 without a cache). */
  readonly fromCache: number;
  readonly indexed: number;
  /** Whether the index took its built tables from the cache instead of building them. */
  readonly tablesFromCache: boolean;
  /** Where the load's time went (ms): listing the files (and reading the index cache), reading them and indexing their words, laying the words out for the index (or adopting cached tables; tables not adopted are built later). */
  readonly phases: LoadPhases;
}

export interface LoadPhases {
  readonly listMs: number;
  readonly readMs: number;
  readonly layOutMs: number;
}

export interface CorpusLoadOptions extends LoaderOptions {
  readonly cache?: IndexCache | null;
  /** Told how many files are read of how many, once per percent. */
  readonly progress?: (done: number, total: number) => void;
  /** Awaited after each file (a server yields to its event loop here), with how many are read of how many. */
  readonly between?: (done: number, total: number) => Promise<void> | void;
}

/** Source files being read while earlier ones are indexed: enough to overlap disk waits, far below open-file limits. */
const READ_AHEAD = 16;

/**
 * Reads every source of the configured locations into the corpus, replacing what it held. With a cache: a file whose
 * bytes it knows is not tokenized again, and the index adopts the cache's built tables if they index exactly the
 * documents loaded. `keys` is each loaded source's cache key; `stale` says the cache should be saved again.
 */
export async function loadCorpus(
  corpus: Corpus,
  root: string,
  entries: readonly string[],
  options: CorpusLoadOptions = {},
): Promise<{ report: LoadReport; keys: ContentKeys; stale: boolean }> {
  const { cache, progress, between } = options;
  const started = performance.now();
  const cacheLoad = cache?.load();
  const listed = await listSourceFiles(root, entries, options);
  const cached = (await cacheLoad) ?? { entries: new Map<string, Uint32Array>(), tables: undefined };
  const listedAt = performance.now();
  const index = corpus.retriever instanceof KGramIndex ? corpus.retriever : null;
  if (cached.tables) index?.offerTables(cached.tables);
  const problems = [...listed.problems];
  const kept = new Set<string>();
  const keys = new ContentKeys();
  // Keys are needed now only to look words up in the cache; with nothing cached they wait for the save.
  const lookUp = cached.entries.size > 0;
  let fromCache = 0;
  let indexed = 0;
  const files = listed.files;
  const reads = new Map<number, ReturnType<typeof readSourceFile>>();
  const readAhead = (i: number) => {
    if (i < files.length) reads.set(i, readSourceFile(files[i], root, options));
  };
  for (let i = 0; i < READ_AHEAD; i++) readAhead(i);
  for (let i = 0; i < files.length; i++) {
    if (i === 0 || Math.floor((100 * i) / files.length) !== Math.floor((100 * (i - 1)) / files.length)) progress?.(i, files.length);
    const read = reads.get(i)!;
    reads.delete(i);
    readAhead(i + READ_AHEAD);
    const { doc, problem, bytes } = await read;
    if (problem) problems.push(problem);
    if (doc) {
      const key = cache && bytes && lookUp ? contentKey(bytes, doc.format) : undefined;
      const words = key === undefined ? undefined : cached.entries.get(key);
      const before = corpus.version;
      const failed = addToCorpus(corpus, doc, words);
      if (failed) problems.push(failed);
      else {
        kept.add(doc.id);
        if (key !== undefined) keys.set(doc.id, key);
        else if (cache && bytes) keys.setLater(doc.id, bytes, doc.format);
        if (corpus.version !== before) words ? fromCache++ : indexed++;
      }
    }
    await between?.(i + 1, files.length);
  }
  const removed = [...corpus.all()].filter((model) => !kept.has(model.doc.id));
  for (const model of removed) corpus.delete(model.doc.id);
  progress?.(files.length, files.length);
  const readAt = performance.now();
  // Laid out now rather than at the first search, while the offered tables can still be adopted; then they are let
  // go. Tables not adopted are built when first needed: the first check gathers only what it searches (see Segment).
  index?.flush();
  index?.offerTables(undefined);
  const laidOutAt = performance.now();
  const tablesFromCache = cached.tables !== undefined && index !== null && index.uses(cached.tables);
  // Saved when it would differ from the pack read: new content, entries of files no longer here, or tables rebuilt.
  const stale = cache != null && (indexed > 0 || removed.length > 0 || cached.entries.size !== fromCache || (!tablesFromCache && index?.hasTables === true));
  const phases = { listMs: listedAt - started, readMs: readAt - listedAt, layOutMs: laidOutAt - readAt };
  return { report: { documents: corpus.size, problems, fromCache, indexed, tablesFromCache, phases }, keys, stale };
}
