import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../../server/src/lsp/drafts';
import { pathToUri, SourceFolder } from '../../../server/src/lsp/sourceFolders';
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
