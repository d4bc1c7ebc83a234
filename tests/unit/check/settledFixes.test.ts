import * as assert from 'node:assert';
import * as path from 'node:path';
import { checkDraft } from '../../../server/src/engine/check/check';
import { Corpus } from '../../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';
import { settledFixAllInSteps, withSettledFixes, type FixTrial } from '../../../server/src/engine/check/settledFixes';
import { runSteps } from '../../../server/src/engine/steps';
import type { Finding, Fix, Format } from '../../../server/src/engine/types';
import { applyFix, corpusFromFolder, repoRoot } from '../../helpers/checkFixture';
import { assertFixesSettle } from '../../helpers/settles';
import { realSources } from '../../robustness/drafts';

describe('fixes are tried before they are offered', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  const options = { uncreditedCopyMinWords: 8 };
  const trial = (text: string, format: Format = 'markdown'): FixTrial => ({ text, format, corpus, options });
  const findingsOf = (text: string, code: Finding['code']) => checkDraft(text, 'markdown', corpus, options).findings.filter((f) => f.code === code);
  const insert = (at: number, newText: string, preferred = false): Fix => ({ title: `insert ${JSON.stringify(newText)}`, edits: [{ span: { start: at, end: at }, newText }], preferred });

  const misquote = '“If Ukrainian troops leave the territories they hold, then we will stop fighting,” Putin said.\n';
  const secondMisquote = 'He added: “In general, we agree that this might be the basis for future agreements.”\n';

  it('keeps a fix after which the finding is gone', () => {
    const [finding] = findingsOf(misquote, 'misquote');
    assert.ok(finding.fixes.length > 0, 'the misquote has a fix');
    assert.deepStrictEqual(withSettledFixes(trial(misquote), [finding]), [finding]);
  });

  it('withholds a fix after which the same finding stands on that quote, wherever the fix moved it', () => {
    const [finding] = findingsOf(misquote, 'misquote');
    // One edit after the quote (it stays where it was), one before it (it moves): neither touches its words.
    const idle = [insert(misquote.length, ' '), insert(0, 'Moscow. ')];
    const [tried] = withSettledFixes(trial(misquote), [{ ...finding, fixes: [...idle, ...finding.fixes] }]);
    assert.deepStrictEqual(tried.fixes, finding.fixes);
  });

  it('withholds nothing from a finding whose fixes all settle, and leaves findings without fixes as they are', () => {
    const findings = checkDraft(misquote + secondMisquote, 'markdown', corpus, options).findings;
    assert.ok(findings.some((f) => f.fixes.length === 0) || findings.length >= 2);
    assert.deepStrictEqual(withSettledFixes(trial(misquote + secondMisquote), findings), findings);
  });

  it('fix-all leaves out a fix that does not settle and keeps the others, tried together', () => {
    const text = misquote + secondMisquote;
    const findings = findingsOf(text, 'misquote');
    assert.strictEqual(findings.length, 2);
    const broken = { ...findings[0], fixes: [insert(text.length, ' ', true)] };
    const picks = runSteps(settledFixAllInSteps(trial(text), [broken, findings[1]], 'misquote'));
    assert.deepStrictEqual(picks.map((p) => p.finding), [findings[1]]);
    const fixed = applyFix(text, { title: 'all', edits: picks.flatMap((p) => p.fix.edits), preferred: false });
    assert.deepStrictEqual(findingsOf(fixed, 'misquote').map((f) => f.span.start), [findings[0].span.start]);
  });

  it('fix-all takes one preferred fix a finding, none overlapping another', () => {
    const text = misquote + secondMisquote;
    const findings = findingsOf(text, 'misquote');
    const twin = { ...findings[1], span: findings[1].span };
    const picks = runSteps(settledFixAllInSteps(trial(text), [...findings, twin], 'misquote'));
    assert.strictEqual(picks.length, 2);
    const fixed = applyFix(text, { title: 'all', edits: picks.flatMap((p) => p.fix.edits), preferred: false });
    assert.deepStrictEqual(findingsOf(fixed, 'misquote'), []);
  });

  // A credit written before a stray mark (“\n“LABEL: …”) is not read as the quote's: such a fix is not offered.
  it('offers only settling fixes on a quotation opened after a stray mark', () => {
    // The interview read as plain text, as the property tests read it: its labels are words of the passage.
    const council = new Corpus(new KGramIndex());
    for (const source of realSources()) council.upsert(source);
    const check = (text: string, format: Format) => {
      const findings = checkDraft(text, format, council, options).findings;
      return withSettledFixes({ text, format, corpus: council, options }, findings);
    };
    assertFixesSettle(check, '“\n“INTERVIEWER: The mayor says the engineers have done that work.”\n', 'markdown', 'unattributed-quote');
  });
});
