import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../../server/src/lsp/drafts';
import { earlyCheckPays, pathToUri, ReadingPace, SourceFolder } from '../../../server/src/lsp/sourceFolders';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { makeWorkspace } from '../../protocol/harness';

describe('SourceFolder while loading', () => {
  let root: string;
  beforeEach(() => (root = makeWorkspace({})));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is incomplete from the start of a load to its end, and a check meanwhile claims no quote is in no source', async () => {
    const folder = new SourceFolder(pathToUri(root), root, true);
    const ready = folder.load(Promise.resolve(DEFAULT_SETTINGS));
    // The load starts a few promise turns later, once the settings are in; it cannot end before the disk answers.
    for (let turn = 0; turn < 20 && folder.complete; turn++) await Promise.resolve();
    assert.strictEqual(folder.complete, false);
    await ready;
    assert.strictEqual(folder.complete, true);
    const draft = TextDocument.create(pathToUri(path.join(root, 'draft.md')), 'markdown', 1, 'She said: “We will never talk to Kyiv again, ever.”\n');
    const codes = () => checkDocument(draft, folder, DEFAULT_SETTINGS)!.findings.map((f) => f.code);
    assert.ok(codes().includes('quote-not-found'));
    folder.complete = false;
    assert.ok(!codes().includes('quote-not-found'), 'the quote may be in a source not read yet');
  });
});

describe('earlyCheckPays: checking drafts against part of the sources', () => {
  it('waits a second into the load, and for the pace of reading over enough files', () => {
    assert.strictEqual(earlyCheckPays(900, 800, 1000, 200000), false);
    assert.strictEqual(earlyCheckPays(1500, 100, 10, 20000), false, 'ten files are too few to tell the pace');
  });

  it('checks early only when the files left would take two seconds or more to read', () => {
    // 8,000 files in 0.8 s, 12,000 to go: 1.2 s, sooner than an early check would pay for itself.
    assert.strictEqual(earlyCheckPays(1000, 800, 8000, 12000), false);
    // 2,000 files in 0.8 s (a slow disk, a busy machine), 18,000 to go: 7.2 s.
    assert.strictEqual(earlyCheckPays(1000, 800, 2000, 18000), true);
    // A fast pace but a far larger archive: 192,000 files to go.
    assert.strictEqual(earlyCheckPays(1000, 800, 8000, 192000), true);
  });

  it('paces reading by the later half of the files read, so the slow first ones do not foresee a longer load', () => {
    // 1,000 files at 0.4 ms while the code compiles, then 2,000 at 0.15 ms; 12,000 to go.
    const pace = new ReadingPace(15000);
    let own = 0;
    for (let done = 1; done <= 3000; done++) pace.record(done, (own += done <= 1000 ? 0.4 : 0.15));
    const recent = pace.recent(3000);
    assert.strictEqual(recent.files, 1475);
    assert.ok(Math.abs(recent.ms / recent.files - 0.15) < 1e-9);
    // At 0.15 ms a file the rest takes 1.8 s: no early check; paced from the 50th file on, it would have seemed 2.8 s.
    assert.strictEqual(earlyCheckPays(1000, recent.ms, recent.files, 12000), false);
    assert.strictEqual(earlyCheckPays(1000, own - 50 * 0.4, 2950, 12000), true);
    assert.deepStrictEqual(pace.recent(50), { files: 0, ms: 0 }, 'nothing is timed before the 50th file');
  });
});
