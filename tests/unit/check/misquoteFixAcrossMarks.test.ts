import * as assert from 'node:assert';
import { checkDraft } from '../../../server/src/engine/check/check';
import type { Format } from '../../../server/src/engine/types';
import { applyFix } from '../../helpers/checkFixture';
import { corpusOf } from '../align/corpusOf';

// A quotation whose marks pair across paragraphs (a closing mark lost or misread, so the next paragraph's opening mark
// continues it) joins two of the source's quotations. Its misquote fix must settle: a re-check of the fixed draft finds
// no misquote on that quotation (found by the settle property in tests/robustness).
describe('misquote fixes on quotations whose marks pair across paragraphs', () => {
  const corpus = corpusOf({
    'vela.txt':
      'Harbour master Ines Vela spoke after the storm. "The gates held through the worst of the night, and every boat in the harbour is safe," Vela said on the quay. "It was not luck. It was the work of the crews who stayed."\n',
  });
  const misquotes = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings.filter((f) => f.code === 'misquote');
  const fixedOnce = (text: string, format: Format) => {
    const found = misquotes(text, format);
    assert.strictEqual(found.length, 1, `one misquote in ${JSON.stringify(text)}`);
    assert.strictEqual(found[0].fixes.length, 1, 'one fix');
    return applyFix(text, found[0].fixes[0]);
  };
  const part = 'The gates held through the worst of the night, and every boat in the harbour is safe';

  it('marks the narration left out between the two source quotations with an ellipsis', () => {
    const cases: [string, Format, string][] = [
      // A closing mark after a space reads as neither closing nor opening; the next paragraph's mark continues the quote.
      [`Vela said "${part} "\n\n"[That] was not luck," Vela said.\n`, 'markdown', `Vela said "${part} ... "\n\n"[That] was not luck," Vela said.\n`],
      // No closing mark at all.
      [`Vela said "${part}\n\n"[That] was not luck," Vela said.\n`, 'plaintext', `Vela said "${part} ...\n\n"[That] was not luck," Vela said.\n`],
      // The words restored at the first paragraph's end are the cut's own: the fix writes them, then the ellipsis.
      [`Vela said "The gates held through the worst of the night "\n\n"[That] was not luck. It was the work of the crews who stayed," Vela said.\n`, 'markdown', `Vela said "${part} ... "\n\n"[That] was not luck. It was the work of the crews who stayed," Vela said.\n`],
      // A LaTeX `` typed inside a word closes at the paragraph's end instead; the ellipsis follows the full stop there.
      [`Vela said "Th\`\`e gates held through the worst of the night ... is safe."\n\n"[That] was not luck," Vela said.\n`, 'latex', `Vela said "The gates held through the worst of the night ... is safe. ..."\n\n"[That] was not luck," Vela said.\n`],
    ];
    for (const [text, format, expected] of cases) {
      const fixed = fixedOnce(text, format);
      assert.strictEqual(fixed, expected);
      assert.deepStrictEqual(misquotes(fixed, format), [], fixed);
    }
  });

  // The fix joins the first paragraph (a heading's words, which the source does not have) to the second, but keeps the
  // unpaired mark typed there: in one paragraph that mark pairs with the closing one, and the opening mark, left
  // unpaired, runs the quotation on into the next paragraph. No fix is offered; the misquote stays.
  it('offers no fix that would leave an unpaired mark to pair anew, and keeps the finding', () => {
    const quotes = `\n\n“${part},” Vela said after the storm.\n\n“It was the work of the crews who stayed,” she said.\n`;
    for (const [text, format] of [[`\\enquote{ "# Harbour news${quotes}`, 'latex'], [`“ "Harbour news${quotes}`, 'markdown']] as [string, Format][]) {
      const found = misquotes(text, format);
      assert.ok(found.some((f) => f.message.includes('Harbour news')), 'the joined quotation is a misquote');
      for (const finding of found) {
        for (const fix of finding.fixes) {
          const fixed = applyFix(text, fix);
          assert.deepStrictEqual(misquotes(fixed, format).filter((f) => f.span.start === finding.span.start), [], fixed);
        }
      }
    }
  });
});
