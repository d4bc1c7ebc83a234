import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Corpus } from '../../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';
import { loadCorpus } from '../../../server/src/sources/corpusLoad';
import { ContentKeys, contentKey, IndexCache } from '../../../server/src/sources/indexCache';

describe('loadCorpus with an index cache', () => {
  let root: string;
  let storage: string;
  const files: Record<string, Uint8Array> = {
    'sources/plain.txt': Buffer.from('“We will rebuild the bridge by spring,” the mayor said on Tuesday.'),
    'sources/bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Notes\n\n"Nothing was decided," she said.')]),
    'sources/wide.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"Taxes will not rise," he said.', 'utf16le')]),
  };
  const formats: Record<string, string> = { 'sources/plain.txt': 'plaintext', 'sources/bom.md': 'markdown', 'sources/wide.txt': 'plaintext' };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'quote-check-load-'));
    storage = mkdtempSync(path.join(os.tmpdir(), 'quote-check-load-cache-'));
    mkdirSync(path.join(root, 'sources'));
    for (const [rel, bytes] of Object.entries(files)) writeFileSync(path.join(root, rel), bytes);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });

  const load = async (cache: IndexCache) => {
    const corpus = new Corpus(new KGramIndex());
    return { corpus, ...(await loadCorpus(corpus, root, ['sources'], { cache })) };
  };
  const keyOf = (rel: string) => contentKey(readFileSync(path.join(root, rel)), formats[rel] as 'plaintext' | 'markdown');

  it('keys each source by its bytes on a first load (hashed only when the keys are asked for), and a restart indexes nothing', async () => {
    const cache = IndexCache.of(storage, root);
    const first = await load(cache);
    assert.strictEqual(first.report.indexed, 3);
    assert.ok(first.stale, 'a first load is saved');
    // The bytes, not the decoded text: byte-order marks and UTF-16 are part of what the key covers.
    assert.deepStrictEqual(new Map(first.keys.all()), new Map(Object.keys(files).map((rel) => [rel, keyOf(rel)])));
    await cache.save(IndexCache.contentsOf(first.corpus, first.keys));

    const second = await load(cache);
    assert.deepStrictEqual([second.report.fromCache, second.report.indexed, second.report.tablesFromCache, second.stale], [3, 0, true, false]);
    assert.deepStrictEqual(new Map(second.keys.all()), new Map(first.keys.all()));
  });

  it('re-indexes only the source whose bytes changed, under its new key', async () => {
    const cache = IndexCache.of(storage, root);
    const first = await load(cache);
    await cache.save(IndexCache.contentsOf(first.corpus, first.keys));
    writeFileSync(path.join(root, 'sources/plain.txt'), '“We will rebuild the bridge by summer,” the mayor said on Tuesday.');
    const { report, keys, stale } = await load(cache);
    assert.deepStrictEqual([report.fromCache, report.indexed, stale], [2, 1, true]);
    assert.strictEqual(keys.all().get('sources/plain.txt'), keyOf('sources/plain.txt'));
  });

  it('keeps at most 64 MB of bytes to hash later: beyond that a key is computed at once', () => {
    const keys = new ContentKeys();
    const first = Buffer.alloc(40 * 1024 * 1024, 'a');
    const second = Buffer.alloc(40 * 1024 * 1024, 'b');
    const expected = [contentKey(first, 'plaintext'), contentKey(second, 'plaintext')];
    keys.setLater('first', first, 'plaintext');
    keys.setLater('second', second, 'plaintext');
    // Hashed already, so the bytes (which a caller must not change) are not looked at again.
    second.fill('c');
    assert.deepStrictEqual([keys.all().get('first'), keys.all().get('second')], expected);
  });
});
