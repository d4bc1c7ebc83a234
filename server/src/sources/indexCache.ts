import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeIndexPack, encodeIndexPack, INDEX_FORMAT_VERSION } from '../engine/index/indexPack';
import type { Format } from '../engine/types';

// The persistent index cache: one pack file per source root in a storage folder the editor gives (never the
// workspace), holding each source file's indexed words under a hash of its bytes. A restart re-indexes only files
// whose bytes changed; entries of files no longer among the sources are left out of the next save, so the pack
// never outgrows the sources.

/** The cache key of a source file: its bytes, how they are read (the format) and the index format version. */
export function contentKey(bytes: Uint8Array, format: Format): string {
  return createHash('sha256').update(`quote-check index ${INDEX_FORMAT_VERSION} ${format}\n`).update(bytes).digest('hex');
}

export class IndexCache {
  constructor(readonly file: string) {}

  /** The cache of one source root (a workspace folder) in a storage folder. */
  static of(storageFolder: string, root: string): IndexCache {
    const name = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
    return new IndexCache(path.join(storageFolder, `index-${name}.qcix`));
  }

  /** The entries saved last time; none when there is no cache yet or it cannot be read. Never throws. */
  async load(): Promise<Map<string, Uint32Array>> {
    try {
      return decodeIndexPack(await fs.readFile(this.file));
    } catch {
      return new Map();
    }
  }

  /** Replaces the pack with these entries, atomically (a crash mid-write leaves the old pack or none, never half). */
  async save(entries: ReadonlyMap<string, Uint32Array>): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temporary, encodeIndexPack(entries));
      await fs.rename(temporary, this.file);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}
