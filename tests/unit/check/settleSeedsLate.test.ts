import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../../server/src/engine/check/check';
import { formatForPath } from '../../../server/src/engine/formats/index';
import type { Format } from '../../../server/src/engine/types';
import { applyFix, corpusFromFolder, repoRoot } from '../../helpers/checkFixture';
import { assertFixesSettle } from '../../helpers/settles';

// Misquote fixes the long settle property (seeds 35 to 38) once left a misquote behind: markup the quotation's words
// stand in or next to ended up outside the new wording, where the re-check read it as part of the quotation.
describe('misquote fixes that settle around markup at the quotation\'s end', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  for (const file of ['council-vote.md', 'okafor-interview.txt']) {
    const text = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/check/council-plaintext/sources', file), 'utf8');
    corpus.upsert({ id: `sources/${file}`, text, format: formatForPath(file, text) });
  }
  const check = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;

  // The second paragraph's straight mark and the title of the link after the quotation pair up, so the quotation runs on
  // into the link's text; a fix over the words alone left '](http://x "t")' behind, whose marks quoted it again.
  it('a quotation read on into a link leaves none of the link behind', () => {
    const text =
      '“I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands.\n' +
      '"Those demands have remained essentially unchanged for over two years (with some adjustments, of course). He feels more confident than ever about the battlefield situation and is convinced that he can wait until Kyiv finally accepts that it cannot win and must negotiate on Russia’s well-known terms.” [link](http://x "t") ';
    const [finding] = check(text, 'markdown').filter((f) => f.code === 'misquote');
    assert.ok(finding && finding.fixes.length === 1);
    assert.doesNotMatch(applyFix(text, finding.fixes[0]), /\]\(|"t"/);
    assertFixesSettle(check, text, 'markdown', 'misquote');
  });

  // A stray LaTeX brace typed in a word near the closing mark is blanked markup; kept where it stood, it came between
  // the new wording and the straight closing mark, which then opened a quotation instead of closing this one.
  it('a stray brace in the words before a straight closing mark', () => {
    for (const words of ['of }n time', 'of this size }n time', 'of this size o}n time']) {
      const text = `Opponents were blunt. "We have always built anything ${words}," Okafor said.\n`;
      const [finding] = check(text, 'latex').filter((f) => f.code === 'misquote');
      assert.ok(finding && finding.fixes.length === 1, text);
      assert.match(applyFix(text, finding.fixes[0]), /"We have never built anything of this[\w }]*," Okafor said\.\n$/);
      assertFixesSettle(check, text, 'latex', 'misquote');
    }
  });

  // A LaTeX command kept where it stood, the word after it dropped, ran on into the next word, which the re-check then
  // read as the command's name (`Those \xdemands`); the fix writes the whole quotation instead (seed 68, once its
  // first failure was gone).
  it('a command typed before a dropped word', () => {
    for (const words of ['Those \\x😀 some demands have', 'Those \\x😀emands have', 'Those demands \\x😀 ave']) {
      const text = `Stanovaya wrote: “${words} remained essentially unchanged for over two years,” in a note.\n`;
      const [finding] = check(text, 'latex').filter((f) => f.code === 'misquote');
      assert.ok(finding && finding.fixes.length === 1, text);
      assert.doesNotMatch(applyFix(text, finding.fixes[0]), /\\x/);
      assertFixesSettle(check, text, 'latex', 'misquote');
    }
  });
});

// Removing the marks of quoted narration opened by \enquote{ once left the marks inside it that change with it: its
// closing brace, which had closed a quotation opened by a typed mark inside it, then printed nothing (seed 68 of the
// long property), and a nested \enquote{, which printed ‘ and paired with a typed ’, printed “ and paired with nothing
// (seed 73); either mark left opened a quotation over the same narration.
describe('removing the marks of quoted narration opened by a LaTeX quotation command', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  const check = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;
  const narration = 'basis for a future agreement to end the nearly four-year-old conflict';
  const removed = (text: string) => {
    const [finding] = check(text, 'latex').filter((f) => f.code === 'not-a-quote');
    assert.ok(finding, text);
    assertFixesSettle(check, text, 'latex', 'not-a-quote');
    return applyFix(text, finding.fixes[0]);
  };

  it("removes a quotation inside it closed by the command's brace", () => {
    for (const typed of ['“}', '“ }', '“the}']) {
      assert.match(removed(`The plan is \\enquote{seen in Moscow as ${typed} ${narration}.”\n`), /^The plan is seen in Moscow as (the)? *basis[^“”{}]*$/);
    }
  });

  // A straight mark typed against the command stood between a space and the blanked command, so it was no mark at all;
  // the command removed, it opened a quotation over the same words (seed 114).
  it('removes a mark typed against the command that was read as no mark', () => {
    assert.strictEqual(removed(`It was called \\enquote{the ${narration}."\n`), `It was called the ${narration}.\n`);
    assert.strictEqual(removed(`It was called "\\enquote{the ${narration}."\n`), `It was called the ${narration}.\n`);
  });

  it('removes a quotation inside it opened by a nested command and closed by a typed mark', () => {
    for (const inner of ['', '😀']) {
      assert.doesNotMatch(removed(`It is \\enquote{so \\enquote{ ${inner} ’ the ${narration}, even as the talks went on.\n`), /[‘’“{]|enquote/);
    }
  });
});

// A mark typed right against a quotation's closing mark belongs to it as written, but one that opens a quotation of its
// own took the credit written after it into its words, and the quote stayed unattributed (seed 70 of the long property).
describe('an attribution written after a quotation whose closing mark is typed against an opening one', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'tests/fixtures/check/council-plaintext/sources'));
  const check = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;

  it('goes between the two marks', () => {
    for (const [close, open] of [['"', '"'], ['”', '“']]) {
      const text = `The council met on Tuesday. Its plan was called ${open}the least we owe the families on the east bank.${close}${open}so a note said.\n`;
      const [finding] = check(text, 'markdown').filter((f) => f.code === 'unattributed-quote');
      assert.ok(finding && finding.fixes.length === 1, text);
      assert.match(applyFix(text, finding.fixes[0]), new RegExp(`bank\\.${close}, Elena Ruiz said ${open}so`));
      assertFixesSettle(check, text, 'markdown', 'unattributed-quote');
    }
  });
});

// A credit written up front, after another quotation's closing mark on the line with only an emoji between, was read
// as that quotation's credit: the narration reads nothing from an emoji (seed 100 of the long property).
describe('an attribution written up front after another quotation and an emoji', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  const check = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;

  it('goes after the quote instead', () => {
    for (const end of [' ', '\n']) {
      const text = `“A draft peace proposal could serve as the basis.” 😀 „\n“In general, we agree that this could be the basis for future agreements,”${end}`;
      const [finding] = check(text, 'markdown').filter((f) => f.code === 'unattributed-quote');
      assert.ok(finding && finding.fixes.length === 1, text);
      assert.ok(finding.fixes[0].edits.every((e) => e.span.start > text.indexOf('In general')), 'credited after the quote');
      assertFixesSettle(check, text, 'markdown', 'unattributed-quote');
    }
  });
});

// A pronoun's clause between two quotations ("…,”\nhe said: “…") credits both, but a name written in its place is
// read as introducing the next one only: renamed for the quotation before it, that one was left unattributed (seeds 2
// and 55 of the long property, after the news attribution work).
describe('a pronoun clause between two quotations', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'tests/fixtures/check/council-plaintext/sources'));
  const check = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;

  it('is not renamed for the quotation before it; every attribution fix settles', () => {
    for (const text of [
      '“the least we owe the families on the east bank,”\nhe said: “the least we owe the families on the east bank.”\n',
      '“the least we owe the families on the east bank,”\r\n\r\n“the least we owe the families on the east bank,”\r\nhe said: “Nothing else matters.”\n',
    ]) {
      const before = check(text, 'markdown').filter((f) => f.code === 'unattributed-quote' && text.indexOf('he said') > f.span.end);
      for (const finding of before) {
        for (const fix of finding.fixes) assert.ok(!fix.edits.some((e) => text.slice(e.span.start, e.span.end) === 'he'), JSON.stringify(fix));
      }
      assertFixesSettle(check, text, 'markdown', 'unattributed-quote');
    }
  });
});

// A turn of an exchange inside a plain-text article ("OKAFOR: …") is its speaker's words by its label; whatever it
// holds, "Remove the quotation marks" removed only marks typed inside it, and the turn quoted the same words again
// (seed 20 of the long property, after transcript turns inside articles were read).
describe('quoted narration in a transcript turn inside an article', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'tests/fixtures/check/seed-markdown/sources'));
  const check = (text: string, format: Format) => checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 }).findings;

  it('offers no fix to remove marks the turn does not have; what fixes it offers settle', () => {
    const text =
      'OKAFOR: I read it twice. “Vladimir Putin has indicated that a draft United States-Ukraine peace proposal could serve as the basis for a future agreement to end the nearly four-year-old conflict.” That is all.\n' +
      'INTERVIEWER: Councillor, you voted against the bridge. Why?\n';
    const turns = check(text, 'plaintext').filter((f) => f.code === 'not-a-quote' && f.span.start === text.indexOf('I read'));
    for (const finding of turns) assert.ok(!finding.fixes.some((fix) => fix.title === 'Remove the quotation marks'), JSON.stringify(finding.fixes));
    assert.strictEqual(turns.length, 1, 'the turn is quoted narration');
    assertFixesSettle(check, text, 'plaintext', 'not-a-quote');
  });
});
