import * as assert from 'node:assert';
import * as path from 'node:path';
import { checkDraft } from '../../../server/src/engine/check/check';
import type { Finding, Format } from '../../../server/src/engine/types';
import { applyFix, corpusFromFolder, repoRoot } from '../../helpers/checkFixture';

// Each case once kept its finding after its own fix was applied (found by the settle property in tests/robustness).
describe('fixes that settle their finding', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  const check = (text: string, format: Format = 'markdown') => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;
  const only = (text: string, code: Finding['code'], format: Format = 'markdown') => {
    const found = check(text, format).filter((f) => f.code === code);
    assert.strictEqual(found.length, 1, `one ${code} in ${JSON.stringify(text)}`);
    return found[0];
  };
  const narration = 'Vladimir Putin has indicated that a draft United States-Ukraine peace proposal could serve as the basis for a future agreement';

  it('renames a mention in full when the draft would read the surname as someone else', () => {
    const text = 'Vadimir Putin spoke in Kyrgyzstan. “In general, we agree that this could be the basis for future agreements,” he said.\n';
    const finding = only(text, 'misattribution');
    assert.deepStrictEqual(finding.fixes[0].edits.map((e) => e.newText), ['Vladimir Putin']);
    assert.deepStrictEqual(check(applyFix(text, finding.fixes[0])).filter((f) => f.code === 'misattribution'), []);
  });

  it('puts the name in place of a pronoun that names nobody, rather than adding a second clause', () => {
    const text = '“In general, we agree that this could be the basis for future agreements,” she said.\n';
    const finding = only(text, 'unattributed-quote');
    const fixed = applyFix(text, finding.fixes[0]);
    assert.strictEqual(fixed, '“In general, we agree that this could be the basis for future agreements,” Vladimir Putin said.\n');
    assert.deepStrictEqual(check(fixed).filter((f) => f.code === 'unattributed-quote'), []);
  });

  it('removes the unpaired mark inside quoted narration with the quotation\'s own marks', () => {
    const text = `The report: "»${narration}."\n`;
    const fixed = applyFix(text, only(text, 'not-a-quote').fixes[0]);
    assert.strictEqual(fixed, `The report: ${narration}.\n`);
  });

  it('removes an unpaired mark typed against the opening one with it', () => {
    const text = `The Kremlin sees it as"“${narration}.”\n`;
    assert.strictEqual(applyFix(text, only(text, 'not-a-quote').fixes[0]), `The Kremlin sees it as${narration}.\n`);
  });

  it('removes the mark that reopens quoted narration at its second paragraph', () => {
    const text = `“Putin spoke on Thursday.\n\n“${narration}.”\n`;
    const finding = only(text, 'not-a-quote', 'plaintext');
    assert.strictEqual(applyFix(text, finding.fixes[0]), `Putin spoke on Thursday.\n\n${narration}.\n`);
  });

  it('credits the source after a LaTeX closing mark, and the credit is read', () => {
    const text = `The Kremlin wrote “${narration}'' today.\n`;
    const finding = only(text, 'not-a-quote', 'latex');
    const credit = finding.fixes.find((f) => f.title.startsWith('Credit the source'));
    assert.ok(credit);
    assert.deepStrictEqual(check(applyFix(text, credit), 'latex').filter((f) => f.code === 'not-a-quote'), []);
  });
  it('writes only the changed words of a misquote, keeping the Markdown around and among them', () => {
    const cases: [string, string][] = [
      ['we will *achieve* our goals militarily', 'we will *achieve* our aims militarily'],
      ['we will achieve our *goals* militarily', 'we will achieve our *aims* militarily'],
      ['we will achieve our goals [militarily](http://x)', 'we will achieve our aims [militarily](http://x)'],
      ['we will achieve goals militarily', 'we will achieve our aims militarily'],
      ['we will achieve our aims militarily, militarily', 'we will achieve our aims militarily'],
    ];
    for (const [mine, fixed] of cases) {
      const text = `Putin said: “If they don’t, ${mine}.”\n`;
      const finding = only(text, 'misquote');
      assert.strictEqual(applyFix(text, finding.fixes[0]), `Putin said: “If they don’t, ${fixed}.”\n`);
      for (const edit of finding.fixes[0].edits) assert.ok(edit.span.end - edit.span.start <= ', militarily'.length, JSON.stringify(edit));
    }
  });

  // A name written next to a capitalised word on its line is read with it ("Heading Putin", "Aa B. Putin"), so the
  // re-check would credit someone else: no rename is offered there, while "But" (no part of a name) still gets one.
  it('offers no rename that the re-check would read together with a capitalised word before it', () => {
    const quote = '“In general, we agree that this could be the basis for future agreements.”\n';
    for (const before of ['# Heading Zelensky said: ', 'Aa B. she said: ']) {
      const text = before + quote;
      const finding = only(text, 'misattribution');
      for (const fix of finding.fixes) assert.deepStrictEqual(check(applyFix(text, fix)).filter((f) => f.code === 'misattribution'), [], fix.title);
    }
    const text = `But Zelensky said: ${quote}`;
    const finding = only(text, 'misattribution');
    assert.strictEqual(applyFix(text, finding.fixes[0]), `But Putin said: ${quote}`);
  });

  it('renames a speaker named after a quote cued by a phrase in the same paragraph', () => {
    const text = '“We will build it,” the mayor said. “In general, we agree that this could be the basis for future agreements,” Stanovaya said.\n';
    const finding = only(text, 'misattribution');
    assert.deepStrictEqual(check(applyFix(text, finding.fixes[0])).filter((f) => f.code === 'misattribution'), []);
  });

  // Once the first name is fixed to a man's, the second quote's "she" has no antecedent and borrows the first quote's
  // speaker: it once borrowed that quote's mention too, so its own misattribution reappeared on the name just fixed.
  it('keeps a borrowed speaker\'s misattribution on the quotation\'s own he/she, never on the name just fixed', () => {
    const text =
      '“If Ukrainian troops leave the territories they occupy, then we will stop fighting,” Tatiana Stanovaya said. ' +
      '“I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands,” she said.\n';
    const first = check(text).find((f) => f.code === 'misattribution' && text.slice(f.span.start, f.span.end) === 'Tatiana Stanovaya');
    assert.ok(first, 'the first quote is misattributed');
    const fixed = applyFix(text, first.fixes[0]);
    const again = check(fixed).filter((f) => f.code === 'misattribution');
    assert.deepStrictEqual(again.map((f) => fixed.slice(f.span.start, f.span.end)), ['she']);
    for (const edit of again[0].fixes.flatMap((f) => f.edits)) assert.strictEqual(fixed.slice(edit.span.start, edit.span.end), 'she');
    assert.deepStrictEqual(check(applyFix(fixed, again[0].fixes[0])).filter((f) => f.code === 'misattribution'), []);
  });

  // A quotation with no clause shares the name of the one before it; when the source credits that name's quotation
  // rightly, the other's misattribution once sat on the name too, so the name just written by a fix was flagged again.
  it('marks the words of a quotation misattributed through a name it shares, not the name the other quotation has right', () => {
    const text =
      '“In general, we agree that this could be the basis for future agreements,” she said. ' +
      '“I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands,”\n';
    const attribute = check(text).flatMap((f) => f.fixes).find((f) => f.edits[0].newText === 'Vladimir Putin');
    assert.ok(attribute, 'the first quote is credited in place of its "she"');
    const fixed = applyFix(text, attribute);
    assert.match(fixed, /” Vladimir Putin said\. /);
    const again = check(fixed).filter((f) => f.code === 'misattribution');
    assert.deepStrictEqual(again.map((f) => fixed.slice(f.span.start, f.span.end)), ['I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands,']);
    assert.deepStrictEqual(again[0].fixes, []);
  });

  // An inserted attribution typed against a word ("poinVladimir Putin said: «…") was read as part of that word.
  it('keeps an inserted attribution apart from a word typed right against the quotation mark', () => {
    const quote = 'In general, we agree that this could be the basis for future agreements';
    const cases: [string, string][] = [
      [`A starting poin«${quote}.\n`, `A starting poin Vladimir Putin said: «${quote}.\n`],
      [`A plan: “${quote}”and more.\n`, `A plan: “${quote}”, Vladimir Putin said and more.\n`],
    ];
    for (const [text, expected] of cases) {
      const fixed = applyFix(text, only(text, 'unattributed-quote').fixes[0]);
      assert.strictEqual(fixed, expected);
      assert.deepStrictEqual(check(fixed).filter((f) => f.code === 'unattributed-quote'), [], fixed);
    }
    // A capitalised word there would be read with the name ("Poin Vladimir Putin"): no insertion is offered before it.
    assert.deepStrictEqual(only(`A starting Poin«${quote}.\n`, 'unattributed-quote').fixes, []);
  });

  // A quotation left open runs on over narration the source has earlier ("Putin also confirmed…"): restoring that moved
  // stretch in the source's order once passed over another speaker's quotation ("nonsense") and wrote it into the fix.
  it('restores only source quotations that hold some of the quote\'s words', () => {
    const text =
      '“I I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands.\n' +
      '"Those demands have remained essentially unchanged for over two years (with some adjustments, of course). He feels more confident than ever about the battlefield situation and is convinced that he can wait until Kyiv finally accepts that it cannot win and must negotiate on Russia’s well-known terms.” ' +
      'Putin also confirmed that Steve Witkoff, the U.S. special envoy, would travel to Russia early next week.\n';
    const finding = only(text, 'misquote');
    const fixed = applyFix(text, finding.fixes[0]);
    assert.doesNotMatch(fixed, /nonsense/);
    assert.deepStrictEqual(check(fixed).filter((f) => f.code === 'misquote'), []);
  });
});
