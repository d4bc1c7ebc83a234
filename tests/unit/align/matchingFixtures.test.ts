import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPassages } from '../../../server/src/engine/align/match';
import { corpusOfFolder } from './corpusOf';

/** One line of a fixture's cases.json. "flagged" accepts either no passage or an inexact one. */
interface Case {
  readonly why: string;
  readonly quote: string;
  readonly expect: 'exact' | 'misquote' | 'none' | 'flagged';
  readonly meaningChanged?: boolean;
  readonly fix?: string;
  /** How many passages, at least, are exactly as close as the best (syndicated copies, equal variants). */
  readonly ties?: number;
  /** File name of the source the best passage must come from. */
  readonly source?: string;
}

const root = path.resolve(__dirname, '../../../..', 'tests/fixtures/matching');

for (const name of fs.readdirSync(root).sort()) {
  describe(`matching fixture: ${name}`, () => {
    const corpus = corpusOfFolder(path.join(root, name, 'sources'));
    const cases = JSON.parse(fs.readFileSync(path.join(root, name, 'cases.json'), 'utf8')) as Case[];
    for (const c of cases) {
      it(`${c.why}: ${c.expect}`, () => {
        const found = findPassages(c.quote, corpus, 5);
        const best = found[0];
        const shown = JSON.stringify(found.map((m) => ({ exact: m.exact, similarity: m.similarity, fix: m.fixText, diff: m.diff })), null, 1);
        switch (c.expect) {
          case 'none':
            assert.strictEqual(found.length, 0, shown);
            return;
          case 'flagged':
            assert.ok(!best || !best.exact, shown);
            return;
          case 'exact':
            assert.ok(best?.exact, shown);
            assert.strictEqual(best.similarity, 1);
            assert.strictEqual(best.fixText, c.quote, 'an exact quote needs no fix');
            break;
          case 'misquote':
            assert.ok(best && !best.exact, shown);
            assert.ok(findPassages(best.fixText, corpus, 1)[0]?.exact, `the fix must match exactly: ${best.fixText}`);
            break;
        }
        if (c.meaningChanged !== undefined) assert.strictEqual(best.meaningChanged, c.meaningChanged, shown);
        if (c.fix !== undefined) assert.strictEqual(best.fixText, c.fix);
        if (c.source !== undefined) assert.strictEqual(best.docId, c.source);
        if (c.ties !== undefined) {
          const tied = found.filter((m) => m.exact === best.exact && m.similarity === best.similarity);
          assert.ok(tied.length >= c.ties, shown);
          assert.strictEqual(new Set(tied.map((m) => m.docId)).size, tied.length, 'one passage per copy');
        }
      });
    }
  });
}
