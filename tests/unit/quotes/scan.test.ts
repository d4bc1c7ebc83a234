import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { proseView } from '../../../server/src/engine/formats/index';
import { scanQuotations } from '../../../server/src/engine/quotes/scan';
import type { Format } from '../../../server/src/engine/types';

const ROOT = path.resolve(__dirname, '../../../..'); // from out/tests/unit/quotes

function quotes(text: string, format: Format = 'plaintext'): string[] {
  return scanQuotations(proseView(text, format)).quotations.map((q) => text.slice(q.inner.start, q.inner.end));
}

describe('scanQuotations', () => {
  it('closes a single quote at an s before clause punctuation, and keeps a later possessive an apostrophe', () => {
    assert.deepStrictEqual(quotes('Trees in so-called ‘heat islands’, and the residents’ own accounts.'), ['heat islands']);
    assert.deepStrictEqual(quotes("Trees in so-called `heat islands', and the residents' own accounts.", 'latex'), ['heat islands']);
  });

  it('reads the seed article, its last two paragraphs as one quotation', () => {
    const text = fs.readFileSync(path.join(ROOT, 'sources/putin-peace-proposal.txt'), 'utf8');
    const { quotations, strayMarks } = scanQuotations(proseView(text, 'plaintext'));
    const last = quotations[quotations.length - 1];
    const words = text.slice(last.inner.start, last.inner.end);
    assert.ok(words.startsWith('I see nothing'), words);
    assert.ok(words.endsWith('well-known terms.'), words);
    assert.strictEqual(last.openMark, '“');
    assert.strictEqual(last.closeMark, '"');
    assert.strictEqual(quotations.length, 7);
    assert.deepStrictEqual(strayMarks, []);
  });

  it('gives inner spans without marks and outer spans with them', () => {
    const text = 'He said “  we agree ” today.';
    const [q] = scanQuotations(proseView(text, 'plaintext')).quotations;
    assert.strictEqual(text.slice(q.inner.start, q.inner.end), 'we agree');
    assert.strictEqual(text.slice(q.outer.start, q.outer.end), '“  we agree ”');
    assert.deepStrictEqual([q.openMark, q.closeMark, q.depth], ['“', '”', 0]);
  });

  it('reports an unclosed quotation at its opening mark and keeps reading the next paragraph', () => {
    const text = 'He said “we agree.\r\nShe said “no”.\rThey said "maybe".';
    const { quotations, strayMarks } = scanQuotations(proseView(text, 'plaintext'));
    assert.deepStrictEqual(quotations.map((q) => [text.slice(q.inner.start, q.inner.end), q.closeMark]), [
      ['we agree.', null], ['no', '”'], ['maybe', '"'],
    ]);
    assert.deepStrictEqual(strayMarks, [{ start: text.indexOf('“'), end: text.indexOf('“') + 1 }]);
  });

  it('lets a quotation wrap across lines of a Markdown paragraph, with emphasis inside', () => {
    assert.deepStrictEqual(quotes('He said “we *will*\nnot go” and left.\n', 'markdown'), ['we *will*\nnot go']);
  });

  it('does not let an unclosed quotation in one list item swallow the next item', () => {
    assert.deepStrictEqual(quotes('- a “b\n- c “d”\n', 'markdown'), ['b', 'd']);
  });

  it('tells closing single marks from plural possessives', () => {
    assert.deepStrictEqual(quotes('‘We back the students’ plan,’ she said.'), ['We back the students’ plan,']);
    assert.deepStrictEqual(quotes('The students’ plan and the teachers’ view.'), []);
    assert.deepStrictEqual(quotes("It was 'the workers' choice' he said."), ["the workers' choice"]);
  });

  it('pairs many marks in one long paragraph in one pass', () => {
    const text = '“a” ‘b’ "c" '.repeat(50_000);
    assert.strictEqual(scanQuotations(proseView(text, 'plaintext')).quotations.length, 150_000);
  });
  it('closes a German „…“ whose closing mark stands between a comma and a comma', () => {
    assert.deepStrictEqual(quotes('„In general, we agree,“, Putin said.'), ['In general, we agree,']);
  });

  it('reads a guillemet that flanks a word on one side alone as opening or closing, and spaced ones both ways', () => {
    assert.deepStrictEqual(quotes('The m» "the least we owe."'), ['the least we owe.']);
    assert.deepStrictEqual(scanQuotations(proseView('The m» "the least we owe."', 'plaintext')).strayMarks, [{ start: 5, end: 6 }]);
    assert.deepStrictEqual(quotes('Il a dit « Oui » et «Non».'), ['Oui', 'Non']);
    assert.deepStrictEqual(quotes('Er sagte »Ja« und ging.'), ['Ja']);
  });

  it('reads an opening mark typed twice as one, the second opening and the first stray', () => {
    const text = 'The plan, in short „\n“We agree on the basis,” he said.';
    const { quotations, strayMarks } = scanQuotations(proseView(text, 'plaintext'));
    assert.deepStrictEqual(quotations.map((q) => [text.slice(q.inner.start, q.inner.end), q.depth]), [['We agree on the basis,', 0]]);
    assert.deepStrictEqual(strayMarks, [{ start: text.indexOf('„'), end: text.indexOf('„') + 1 }]);
    assert.deepStrictEqual(quotes('Notes on the plan``\n“We agree on the basis,” he said.', 'latex'), ['We agree on the basis,']);
    assert.deepStrictEqual(quotes('Il a dit « «Oui» et non.'), ['Oui']);
    // Marks of two families still nest.
    assert.deepStrictEqual(quotes('“‘We agree,’ they wrote,” he said.'), ['‘We agree,’ they wrote,', 'We agree,']);
  });

  it('reports marks paired around nothing as empty pairs, not quotations', () => {
    const text = 'He called it “a “” deal,” and ‘ ’ no more.';
    const { quotations, strayMarks, emptyPairs } = scanQuotations(proseView(text, 'plaintext'));
    assert.deepStrictEqual(quotations.map((q) => text.slice(q.inner.start, q.inner.end)), ['a “” deal,']);
    assert.deepStrictEqual(emptyPairs.map((p) => text.slice(p.start, p.end)), ['“”', '‘ ’']);
    assert.deepStrictEqual(strayMarks, []);
  });

  it('keeps the words after a NUL in a Markdown paragraph', () => {
    const text = 'Ruiz said the bridge "will connect two\u0000 halves of a city."\n';
    assert.deepStrictEqual(quotes(text, 'markdown'), ['will connect two\u0000 halves of a city.']);
  });
});
