import * as assert from 'node:assert';
import * as path from 'node:path';
import { checkDraft } from '../../../server/src/engine/check/check';
import { applyFix, corpusFromFolder, repoRoot } from '../../helpers/checkFixture';

// The LaTeX adapter reads ``…'' and \enquote{…} as one mark each; fixes must still act on the marks as written.
describe('fixes on LaTeX quotation syntax', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  const narration = 'the basis for a future agreement to end the nearly four-year-old conflict';

  for (const [open, close] of [['``', "''"], ['\\enquote{', '}']]) {
    it(`removes the whole ${open}…${close} and credits the source after it`, () => {
      const draft = `The Kremlin sees the proposal as ${open}${narration}${close} today.\n`;
      const finding = checkDraft(draft, 'latex', corpus, { uncreditedCopyMinWords: 8 }).findings.find((f) => f.code === 'not-a-quote');
      assert.ok(finding, 'quoted narration is reported');
      const [remove, credit] = finding.fixes;
      assert.strictEqual(applyFix(draft, remove), `The Kremlin sees the proposal as ${narration} today.\n`);
      assert.strictEqual(applyFix(draft, credit), `The Kremlin sees the proposal as ${open}${narration}${close} (putin-peace-proposal.txt) today.\n`);
    });
  }
});
