import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, makeWorkspace, REPO, TestClient } from './harness';

const DRAFT = fs.readFileSync(path.join(REPO, 'tests/fixtures/protocol/draft.md'), 'utf8');
const OTHER = '“The harbour will reopen in the spring,” the mayor said on Tuesday.\n';
const THIRD = 'Fishermen said the pier had been unsafe for years and needed repairs before the season.\n';

describe('persistent index cache', function () {
  let root: string;
  let storage: string;
  const clients: TestClient[] = [];

  beforeEach(() => {
    root = makeWorkspace({ 'draft.md': DRAFT, 'sources/harbour.txt': OTHER, 'sources/pier.md': THIRD });
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-storage-'));
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) {
      const alive = client.alive;
      await client.shutdown();
      assert.ok(alive, `the server process crashed: ${client.errorOutput}`);
    }
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  /** Starts a server with the storage folder, opens the draft: its load report and the draft's diagnostic codes. */
  async function start(storagePath: string | null = storage, options: { waitForSave?: boolean } = {}) {
    const client = new TestClient();
    clients.push(client);
    await client.initialize(root, { initializationOptions: storagePath === null ? {} : { storagePath } });
    const uri = fileUri(root, 'draft.md');
    await client.open(uri, DRAFT);
    const loaded = await client.log(/documents loaded/);
    const codes = (await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => String(d.code)).sort();
    if (options.waitForSave !== false) await client.log(/Index cache: saved/);
    return { client, loaded, codes };
  }

  const packs = () => fs.readdirSync(storage).filter((f) => f.endsWith('.qcix'));

  it('indexes every source on the first start, then reuses the cache: a restart re-indexes nothing', async () => {
    const first = await start();
    assert.match(first.loaded, /3 documents loaded \(0 from the index cache, 3 indexed\)/);
    assert.deepStrictEqual(first.codes, ['misattribution', 'misquote', 'quote-not-found']);
    assert.strictEqual(packs().length, 1);
    const second = await start(storage, { waitForSave: false });
    assert.match(second.loaded, /3 documents loaded \(3 from the index cache, 0 indexed\)\. Index tables from the cache\.$/);
    assert.doesNotMatch(first.loaded, /Index tables/);
    assert.deepStrictEqual(second.codes, first.codes);
    assert.ok(!second.client.logs.some((l) => /Index cache: saved/.test(l)), 'an unchanged cache is not written again');
  });

  it('builds the index tables in full after the first diagnostics, which searched partial ones, once idle', async () => {
    const { client } = await start(null, { waitForSave: false });
    const built = await client.log(/Index tables built in/);
    assert.ok(client.publishedBeforeLog[client.logs.indexOf(built)] >= 1, 'the draft was checked before the tables were built');
  });

  it('re-indexes only a source whose content changed, and drops the entries of sources that are gone', async () => {
    await start();
    fs.appendFileSync(path.join(root, 'sources/harbour.txt'), 'The ferry will run again.\n');
    const changed = await start();
    assert.match(changed.loaded, /3 documents loaded \(2 from the index cache, 1 indexed\)/);
    fs.rmSync(path.join(root, 'sources/pier.md'));
    const fewer = await start();
    assert.match(fewer.loaded, /2 documents loaded \(2 from the index cache, 0 indexed\)/);
    assert.ok(fewer.client.logs.some((l) => /Index cache: saved 2 sources/.test(l)), fewer.client.logs.join('\n'));
  });

  it('keeps the cache current while running: a source changed on disk is saved, and the next start indexes nothing', async () => {
    const { client } = await start();
    fs.appendFileSync(path.join(root, 'sources/pier.md'), 'The repairs will take a year.\n');
    const saves = client.logs.filter((l) => /Index cache: saved/.test(l)).length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(root, 'sources/pier.md'), type: 2 }] });
    while (client.logs.filter((l) => /Index cache: saved/.test(l)).length === saves) await new Promise((r) => setTimeout(r, 50));
    const next = await start(storage, { waitForSave: false });
    assert.match(next.loaded, /\(3 from the index cache, 0 indexed\)/);
  });

  for (const [damage, spoil] of [
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['overwritten with other bytes', (file: string) => fs.writeFileSync(file, 'not an index pack')],
    ['of an older format version', (file: string) => {
      const bytes = fs.readFileSync(file);
      bytes.writeUInt32LE(bytes.readUInt32LE(4) - 1, 4);
      fs.writeFileSync(file, bytes);
    }],
  ] as const) {
    it(`ignores a cache ${damage}: the sources are indexed again, the findings are the same`, async () => {
      const first = await start();
      spoil(path.join(storage, packs()[0]));
      const again = await start();
      // Cut short, the pack may keep every source's words and lose only the tables after them: those are built again.
      assert.match(again.loaded, /3 documents loaded \(\d from the index cache, \d indexed\)\.$/);
      assert.deepStrictEqual(again.codes, first.codes);
      const third = await start(storage, { waitForSave: false });
      assert.match(third.loaded, /\(3 from the index cache, 0 indexed\)\. Index tables from the cache\.$/, 'the damaged cache was replaced');
    });
  }

  it('writes no cache without a storage folder, nor into a storage folder inside the workspace', async () => {
    const none = await start(null, { waitForSave: false });
    assert.match(none.loaded, /3 documents loaded\.$/);
    const inside = path.join(root, '.cache');
    const misplaced = await start(inside, { waitForSave: false });
    assert.match(misplaced.loaded, /3 documents loaded\.$/);
    await new Promise((r) => setTimeout(r, 1000)); // past the save delay
    assert.ok(!fs.existsSync(inside), 'nothing was written inside the workspace');
    assert.deepStrictEqual(packs(), []);
  });
});
