import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Corpus } from '../engine/corpus/corpus';
import { decodeIndexPack, decodeIndexTables, encodeIndexPack, INDEX_FORMAT_VERSION } from '../engine/index/indexPack';
import { KGramIndex } from '../engine/index/kgramIndex';
import type { SegmentTables } from '../engine/index/segment';
import type { Format } from '../engine/types';

// The persistent index cache: one pack file per source root in a storage folder the editor gives (never the
// workspace), holding each source file's indexed words under a hash of its bytes. A restart re-indexes only files
// whose bytes changed; entries of files no longer among the sources are left out of the next save, so the pack
// never outgrows the sources. With the words, the pack keeps the index's built tables: a start that loads the same
// files in the same order adopts them and builds nothing.

/** What a cache holds: each source's indexed words by content key, and the index's tables if it was one segment. */
export interface CacheContents {
  readonly entries: Map<string, Uint32Array>;
  readonly tables: SegmentTables | undefined;
}

/** The cache key of a source file: its bytes, how they are read (the format) and the index format version. */
export function contentKey(bytes: Uint8Array, format: Format): string {
  return createHash('sha256').update(`quote-check index ${INDEX_FORMAT_VERSION} ${format}\n`).update(bytes).digest('hex');
}

/** Bytes ContentKeys keeps to hash later, at most: beyond this a load hashes as it reads, so it holds no more in extra. */
const UNHASHED_BYTES_MAX = 64 * 1024 * 1024;

/**
 * Each loaded source's cache key, by source id. A key may be left to compute from the file's bytes until the cache is
 * saved: a load with nothing cached to look up need not hash every file before the first check (20,000 articles,
 * 58 MB: about 90 ms of SHA-256), and the save comes after that check.
 */
export class ContentKeys {
  private readonly known = new Map<string, string>();
  private readonly unhashed = new Map<string, { readonly bytes: Uint8Array; readonly format: Format }>();
  private unhashedBytes = 0;

  set(id: string, key: string): void {
    this.delete(id);
    this.known.set(id, key);
  }

  /**
   * The key of these bytes, computed when `all` is asked (the bytes are kept until then and must not change), or now
   * once UNHASHED_BYTES_MAX are waiting.
   */
  setLater(id: string, bytes: Uint8Array, format: Format): void {
    if (this.unhashedBytes + bytes.length > UNHASHED_BYTES_MAX) return this.set(id, contentKey(bytes, format));
    this.delete(id);
    this.unhashed.set(id, { bytes, format });
    this.unhashedBytes += bytes.length;
  }

  delete(id: string): void {
    this.known.delete(id);
    this.unhashedBytes -= this.unhashed.get(id)?.bytes.length ?? 0;
    this.unhashed.delete(id);
  }

  /** Every key, those left for later computed now (and their bytes let go). */
  all(): ReadonlyMap<string, string> {
    for (const [id, { bytes, format }] of this.unhashed) this.known.set(id, contentKey(bytes, format));
    this.unhashed.clear();
    this.unhashedBytes = 0;
    return this.known;
  }
}

export class IndexCache {
  constructor(readonly file: string) {}

  /** The cache of one source root (a workspace folder) in a storage folder. */
  static of(storageFolder: string, root: string): IndexCache {
    const name = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
    return new IndexCache(path.join(storageFolder, `index-${name}.qcix`));
  }

  /** What was saved last time; nothing when there is no cache yet or it cannot be read. Never throws. */
  async load(): Promise<CacheContents> {
    try {
      const bytes = await fs.readFile(this.file);
      return { entries: decodeIndexPack(bytes), tables: decodeIndexTables(bytes) };
    } catch {
      return { entries: new Map(), tables: undefined };
    }
  }

  /** The contents to save for a corpus: each source's words under its key, and the tables. */
  static contentsOf(corpus: Corpus, keys: ContentKeys): CacheContents {
    const entries = new Map<string, Uint32Array>();
    for (const [id, key] of keys.all()) {
      const words = corpus.indexedWords(id);
      if (words) entries.set(key, words);
    }
    const tables = corpus.retriever instanceof KGramIndex ? corpus.retriever.tables() : undefined;
    return { entries, tables };
  }

  /** Replaces the pack with these contents, atomically (a crash mid-write leaves the old pack or none, never half). */
  async save({ entries, tables }: CacheContents): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temporary, encodeIndexPack(entries, tables));
      await fs.rename(temporary, this.file);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}
