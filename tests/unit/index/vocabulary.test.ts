import * as assert from 'node:assert';
import fc from 'fast-check';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';
import { Vocabulary } from '../../../server/src/engine/index/vocabulary';
import { tokenize } from '../../../server/src/engine/text/tokenize';

describe('Vocabulary', () => {
  it('gives each distinct word one dense id, from a string or straight from a text lower-cased', () => {
    const vocabulary = new Vocabulary();
    assert.strictEqual(vocabulary.intern('putin'), 0);
    assert.strictEqual(vocabulary.intern('said'), 1);
    const text = 'PUTIN Said putin';
    assert.strictEqual(vocabulary.internLowerCase(text, 0, 5), 0);
    assert.strictEqual(vocabulary.internLowerCase(text, 6, 10), 1);
    assert.strictEqual(vocabulary.internLowerCase(text, 1, 5), 2); // 'utin', new
    assert.strictEqual(vocabulary.get('utin'), 2);
    assert.strictEqual(vocabulary.get('Putin'), undefined); // words are looked up in their normal form
    assert.strictEqual(vocabulary.size, 3);
  });

  it('keeps every id through growth, with words that collide in the low bits', () => {
    const vocabulary = new Vocabulary();
    const all = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
    all.forEach((w, i) => assert.strictEqual(vocabulary.intern(w), i));
    all.forEach((w, i) => assert.strictEqual(vocabulary.get(w), i));
    all.forEach((w, i) => assert.strictEqual(vocabulary.internLowerCase(w.toUpperCase(), 0, w.length), i));
  });
});

describe('KGramIndex.setText', () => {
  const PIECES = ['the', 'Pier', 'will', 'REOPEN', 'in', 'spring', 'Ukraine’s', "don't", '1,000', 'café', 'U.S.', '“', '”', ',', '.', ' ', ' ', '\n', '—'];
  it('indexes a text exactly as set does with its tokenized words', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), { minLength: 1, maxLength: 6 }), fc.nat(), (docs, pick) => {
        const texts = docs.map((d) => d.join(' '));
        const byWords = new KGramIndex();
        const byText = new KGramIndex();
        texts.forEach((text, i) => {
          byWords.set(`d${i}`, tokenize(text).map((t) => t.norm));
          byText.setText(`d${i}`, text, { start: 0, end: text.length });
        });
        const query = tokenize(texts[pick % texts.length]).map((t) => t.norm).slice(0, 12);
        assert.deepStrictEqual(byText.search(query, 8), byWords.search(query, 8));
      }),
      { numRuns: 300 },
    );
  });
});
