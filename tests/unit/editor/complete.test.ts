import * as assert from 'node:assert';
import { completeQuote } from '../../../server/src/engine/complete';
import { corpusOf } from './stubCorpus';

const SOURCE = [
  'The minister spoke briefly.',
  '“We will not accept any deal that gives away our land,” she said on Monday.',
  'Later she added: “The talks will continue next week in Geneva.”',
  'Her deputy said: “We will not sign anything today.”',
].join('\n');

/** The draft after a completion is applied. */
const apply = (text: string, c: { replace: { start: number; end: number }; newText: string }): string =>
  text.slice(0, c.replace.start) + c.newText + text.slice(c.replace.end);

describe('exact quote completion (completeQuote)', () => {
  const corpus = corpusOf({ 'sources/minister.txt': SOURCE });

  it('offers the exact source continuation after two typed words, replacing them and closing the quote', () => {
    const draft = 'The minister said: “we will not acc';
    const completions = completeQuote(draft, draft.length, corpus);
    assert.strictEqual(completions.length, 1);
    const [c] = completions;
    assert.strictEqual(apply(draft, c), 'The minister said: “We will not accept any deal that gives away our land,”');
    assert.strictEqual(c.passage.docId, 'sources/minister.txt');
    assert.strictEqual(SOURCE.slice(c.passage.span.start, c.passage.span.end), c.passage.text);
  });

  it('offers every quotation the typed words begin', () => {
    const draft = 'She said "We will not ';
    const texts = completeQuote(draft, draft.length, corpus).map((c) => apply(draft, c));
    assert.deepStrictEqual(texts.sort(), [
      'She said "We will not accept any deal that gives away our land,"',
      'She said "We will not sign anything today."',
    ]);
  });

  it('needs at least two typed words', () => {
    const draft = '“We';
    assert.deepStrictEqual(completeQuote(draft, draft.length, corpus), []);
    assert.strictEqual(completeQuote('“We wi', 6, corpus).length, 2);
  });

  it('completes a partial quote that starts inside a source quotation', () => {
    const draft = '“talks will';
    const completions = completeQuote(draft, draft.length, corpus);
    assert.strictEqual(completions.length, 1);
    assert.strictEqual(apply(draft, completions[0]), '“talks will continue next week in Geneva.”');
  });

  it('offers nothing outside an open quotation or when the words appear in no quotation', () => {
    assert.deepStrictEqual(completeQuote('we will not acc', 15, corpus), []);
    const closed = '“We will” and we will not';
    assert.deepStrictEqual(completeQuote(closed, closed.length, corpus), []);
    const narration = '“The minister spoke';
    assert.deepStrictEqual(completeQuote(narration, narration.length, corpus), []);
  });

  it('replaces a closing mark already typed after the cursor instead of doubling it', () => {
    const draft = '“talks will”';
    const [c] = completeQuote(draft, draft.length - 1, corpus);
    assert.strictEqual(apply(draft, c), '“talks will continue next week in Geneva.”');
  });

  it('matches regardless of case, accents and apostrophe style', () => {
    const accented = corpusOf({ 's.txt': 'He said: “Ukraine’s café stays open.”' });
    const draft = '"ukraine\'s cafe';
    const [c] = completeQuote(draft, draft.length, accented);
    assert.strictEqual(apply(draft, c), '"Ukraine’s café stays open."');
  });

  it('sees source changes: the index follows the corpus version', () => {
    const changing = corpusOf({ 'a.txt': '“Alpha beta gamma.”' });
    assert.strictEqual(completeQuote('“alpha beta', 11, changing).length, 1);
    changing.upsert({ id: 'a.txt', text: '“Delta epsilon.”', format: 'plaintext' });
    assert.strictEqual(completeQuote('“alpha beta', 11, changing).length, 0);
    assert.strictEqual(completeQuote('“delta eps', 10, changing).length, 1);
  });

  it('answers nothing for offsets outside the text', () => {
    assert.deepStrictEqual(completeQuote('“We will', 99, corpus), []);
    assert.deepStrictEqual(completeQuote('“We will', -1, corpus), []);
  });
});
