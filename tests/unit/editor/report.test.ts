import * as assert from 'node:assert';
import { escapeMarkdown, renderDiff, renderQuoteHover, renderQuoteReport, sourceLocation } from '../../../server/src/engine/report';
import type { CheckResult, Finding, QuoteReport, SourcePassage } from '../../../server/src/engine/types';
import { corpusOf } from './stubCorpus';

const SOURCE = 'First line.\nSecond line.\n“We agree that this could be the basis,” he said.\n';
const corpus = corpusOf({ 'sources/a.txt': SOURCE });
const passageText = 'We agree that this could be the basis,';
const passage: SourcePassage = {
  docId: 'sources/a.txt',
  span: { start: SOURCE.indexOf(passageText), end: SOURCE.indexOf(passageText) + passageText.length },
  text: passageText,
  speaker: 'Vladimir Putin',
  timestamp: null,
};

const verified: QuoteReport = { span: { start: 1, end: 10 }, text: passageText, status: 'verified', speaker: 'Vladimir Putin', draftSpeaker: 'Vladimir Putin', source: passage };
const misquote: QuoteReport = { ...verified, text: 'We agree that this might be the basis,', status: 'misquote' };
const missing: QuoteReport = { span: { start: 20, end: 30 }, text: 'Peace is near', status: 'not-found', speaker: null, draftSpeaker: 'Tatiana Stanovaya', source: null };
const misquoteFinding: Finding = {
  code: 'misquote',
  severity: 'warning',
  span: misquote.span,
  message: 'Misquote: "might" should be "could".',
  source: passage,
  fixes: [],
  related: [],
  diff: [
    { kind: 'same', draft: 'We', source: 'We' },
    { kind: 'replace', draft: 'might', source: 'could' },
    { kind: 'delete', source: 'really' },
    { kind: 'insert', draft: 'now' },
  ],
};

describe('quote report and hover rendering', () => {
  it('locates a passage by its 1-based source line', () => {
    assert.deepStrictEqual(sourceLocation(corpus, passage), { docId: 'sources/a.txt', line: 3, timestamp: null });
    assert.strictEqual(sourceLocation(corpus, { ...passage, docId: 'gone.txt' }).line, null);
  });

  it('lists every quote with status, speakers and source line, and counts them', () => {
    const result: CheckResult = { quotes: [verified, missing], findings: [] };
    const report = renderQuoteReport('draft.md', result, corpus);
    assert.match(report, /^# Quote report: draft\.md/);
    assert.match(report, /2 quotations: 1 verified, 1 not found in the sources\./);
    const rows = report.split('\n').filter((l) => /^\| \d/.test(l));
    assert.strictEqual(rows.length, 2);
    assert.match(rows[0], /Verified \| Vladimir Putin \| Vladimir Putin \| `sources\/a\.txt` line 3 \|$/);
    assert.match(rows[1], /Not found in the sources \| — \| Tatiana Stanovaya \| — \|$/);
  });

  it('says so when a draft has no quotations, and lists problems', () => {
    assert.match(renderQuoteReport('x.txt', { quotes: [], findings: [] }, corpus), /No quotations found\./);
    assert.match(renderQuoteReport('x.txt', { quotes: [misquote], findings: [misquoteFinding] }, corpus), /## Problems\n\n- \*\*misquote\*\*: Misquote: "might" should be "could"\./);
  });

  it('escapes Markdown in quoted text so a table cell cannot break', () => {
    assert.strictEqual(escapeMarkdown('a|b *c*\nd'), 'a\\|b \\*c\\* d');
  });

  it('renders a diff with the draft struck and the source in bold', () => {
    assert.strictEqual(renderDiff(misquoteFinding.diff!), 'We ~~might~~ **could** **really** ~~now~~');
  });

  it('hover shows the passage bold in its source context, the speaker, the file and line', () => {
    const hover = renderQuoteHover(verified, [], corpus);
    assert.match(hover, /Verified/);
    assert.match(hover, /> First line\. Second line\. “\*\*We agree that this could be the basis,\*\*” he said\./);
    assert.match(hover, /Said by \*\*Vladimir Putin\*\* · `sources\/a\.txt` line 3/);
    assert.doesNotMatch(hover, /~~/);
  });

  it('hover of a misquote adds the word diff; of a misattribution, who the draft credits', () => {
    assert.match(renderQuoteHover(misquote, [misquoteFinding], corpus), /Difference \(~~draft~~ \*\*source\*\*\): We ~~might~~ \*\*could\*\*/);
    const wrongSpeaker = { ...verified, draftSpeaker: 'Tatiana Stanovaya' };
    assert.match(renderQuoteHover(wrongSpeaker, [], corpus), /The draft credits \*\*Tatiana Stanovaya\*\*/);
  });

  it('hover of a quote in no source says so without a passage', () => {
    const hover = renderQuoteHover(missing, [], corpus);
    assert.match(hover, /Not found in the sources/);
    assert.doesNotMatch(hover, /^>/m);
  });
});
