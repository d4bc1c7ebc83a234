import * as assert from 'node:assert';
import { checkDraft } from '../../../server/src/engine/check/check';
import { applyFix } from '../../helpers/checkFixture';
import { corpusOf } from '../align/corpusOf';

// A misquote fix that drops the quotation's last words takes the space before them, whatever space it is: a no-break
// space or a BOM left before the closing mark made it read as an opening one, and the re-check ran the quotation on
// into the narration after it (found by the settle property in tests/robustness with long runs).
describe('misquote fixes over odd spaces', () => {
  const corpus = corpusOf({
    'vela.txt': 'Harbour master Ines Vela spoke after the storm. "It was not luck. It was the work of the crews who stayed," Vela said on the quay.\n',
  });
  const misquotes = (text: string) => checkDraft(text, 'markdown', corpus, { uncreditedCopyMinWords: 8 }).findings.filter((f) => f.code === 'misquote');
  const fixed = (text: string) => {
    const found = misquotes(text);
    assert.strictEqual(found.length, 1, `one misquote in ${JSON.stringify(text)}`);
    assert.strictEqual(found[0].fixes.length, 1, 'one fix');
    return applyFix(text, found[0].fixes[0]);
  };
  const start = 'Vela said "It was not luck. It was the work of the crews who';

  it('drops a last word typed after a no-break space, or a space and a no-break space, with them', () => {
    for (const spaces of ['\u00a0', ' \u00a0', '\u00a0\t']) {
      const result = fixed(`${start} stayed${spaces}today" on Monday.\n`);
      assert.strictEqual(result, `${start} stayed" on Monday.\n`);
      assert.deepStrictEqual(misquotes(result), [], result);
    }
  });

  // The BOM is no markup to keep: it goes with the words around it.
  it('rewrites a word split by a BOM whole, and drops one split so at the end', () => {
    const split = fixed(`${start} sta\ufeffrted," Vela said.\n`);
    assert.strictEqual(split, `${start} stayed," Vela said.\n`);
    const dropped = fixed(`${start} stayed to\ufeffday" on Monday.\n`);
    assert.strictEqual(dropped, `${start} stayed" on Monday.\n`);
    for (const result of [split, dropped]) assert.deepStrictEqual(misquotes(result), [], result);
  });
});
