// The server's draft checker: a long check runs in slices with the event loop turning in between, a check overtaken
// by an edit is dropped unpublished, and a request always gets the check of the text as it is now.

import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Checked, DraftChecker, type DraftHost } from '../../../server/src/lsp/drafts';
import { SourceFolder } from '../../../server/src/lsp/sourceFolders';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { repoRoot } from '../../helpers/checkFixture';

const SEED = fs.readFileSync(path.join(repoRoot, 'sources/putin-peace-proposal.txt'), 'utf8');
const DRAFT = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/protocol/draft.md'), 'utf8');
const URI = 'untitled:draft.md';

/** A long draft: many different quotations, each to be looked up (no two alike, so no result is reused). */
function longDraft(): string {
  const words = SEED.toLowerCase().match(/[a-z]+/g)!;
  const paragraphs = Array.from({ length: 300 }, (_, i) => {
    const quote = Array.from({ length: 14 }, (_, k) => words[(i * 31 + k * 7) % words.length]).join(' ');
    return `Paragraph ${i} has words of its own around it. “${quote},” Putin said.`;
  });
  return [DRAFT, ...paragraphs].join('\n\n');
}

interface Published {
  readonly version: number | null;
  readonly checked: Checked | null;
}

function setUp(text: string, sliceMs?: number) {
  const folder = new SourceFolder('file:///workspace', null, false);
  folder.corpus.upsert({ id: 'sources/putin-peace-proposal.txt', text: SEED, format: 'plaintext' });
  let doc = TextDocument.create(URI, 'markdown', 1, text);
  const published: Published[] = [];
  const host: DraftHost & { onDocument?: () => void } = {
    document: (uri) => {
      host.onDocument?.();
      return uri === URI ? doc : undefined;
    },
    folderFor: () => folder,
    settingsFor: async () => DEFAULT_SETTINGS,
    publish: (_uri, version, checked) => published.push({ version, checked }),
    log: () => undefined,
  };
  const checker = new DraftChecker(host, sliceMs);
  // As the language server's document store does: the same object, changed in place.
  const edit = (newText: string) => (doc = TextDocument.update(doc, [{ text: newText }], doc.version + 1));
  return { checker, host, published, edit, doc: () => doc };
}

function published(list: readonly Published[], version: number): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (list.some((p) => p.version === version) ? resolve() : setTimeout(poll, 5));
    poll();
  });
}

describe('DraftChecker', function () {
  this.timeout(30000);

  it('checks a long draft in slices, letting the event loop turn between them', async () => {
    // Slices of 0 ms: a yield after every step, so the count does not depend on how fast this machine checks.
    const { checker } = setUp(longDraft(), 0);
    let turns = 0;
    let checking = true;
    const count = () => {
      if (!checking) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const checked = await checker.current(URI);
    checking = false;
    assert.ok(checked && checked.result.quotes.length > 300, 'every quotation checked');
    assert.ok(turns >= 300, `the event loop turned ${turns} times during the check (once a quotation at least)`);
  });

  it('drops a scheduled check that an edit overtakes, and publishes only the newest version', async () => {
    const { checker, host, published: list, edit } = setUp(longDraft());
    // The edit lands right after the check's first slice.
    host.onDocument = () => {
      host.onDocument = undefined;
      setImmediate(() => {
        edit(`${DRAFT}\n\nOne more line.`);
        checker.schedule(URI, true);
      });
    };
    checker.schedule(URI, true);
    await published(list, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepStrictEqual(list.map((p) => p.version), [2]);
    assert.strictEqual(list[0].checked?.doc.getText(), `${DRAFT}\n\nOne more line.`);
  });

  it('is busy from a scheduled check until it is published, so work that can wait (a cache save) waits', async () => {
    const { checker, host, published: list } = setUp(DRAFT);
    assert.strictEqual(checker.busy(), false);
    const busyWhenPublished: boolean[] = [];
    const publish = host.publish;
    host.publish = (...args) => {
      busyWhenPublished.push(checker.busy());
      publish(...args);
    };
    // Debounced, not at once: the check waits on its timer (a short draft's check may otherwise run and publish within
    // one turn of the event loop).
    checker.schedule(URI);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(checker.busy(), true);
    await published(list, 1);
    assert.deepStrictEqual(busyWhenPublished, [true]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(checker.busy(), false);
  });

  it('answers a request with the check of the current text, not the one before an edit', async () => {
    const { checker, edit } = setUp(DRAFT);
    const first = await checker.current(URI);
    assert.strictEqual(first?.doc.version, 1);
    edit(`${DRAFT}\n\n“A sentence nobody ever said anywhere at all,” Putin said.`);
    const second = await checker.current(URI);
    assert.strictEqual(second?.doc.version, 2);
    assert.strictEqual(second.result.quotes.length, first.result.quotes.length + 1);
    assert.strictEqual(first.doc.version, 1, 'a check keeps the text it read');
  });
});
