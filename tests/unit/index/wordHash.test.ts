import * as assert from 'node:assert';
import fc from 'fast-check';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';
import { finishWordHash, wordHash } from '../../../server/src/engine/index/wordHash';
import { normalizeWord, scanWords, tokenize } from '../../../server/src/engine/text/tokenize';

describe('wordHash', () => {
  it('is one 31-bit number per normalised word, the same when scanned from any casing of a plain word', () => {
    const text = 'PUTIN Said putin';
    const scanned: number[] = [];
    scanWords(text, { start: 0, end: text.length }, (_start, _end, plain, folded) => {
      assert.ok(plain);
      scanned.push(finishWordHash(folded));
    });
    assert.deepStrictEqual(scanned, [wordHash('putin'), wordHash('said'), wordHash('putin')]);
    assert.notStrictEqual(wordHash('putin'), wordHash('utin'));
    for (const h of scanned) assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 31);
  });

  it('gives distinct words distinct hashes, at the rate of a good hash', () => {
    const words = Array.from({ length: 50000 }, (_, i) => `w${i.toString(36)}`);
    const hashes = new Set(words.map(wordHash));
    // 50,000 words in 2^31 values: about 0.6 colliding pairs expected.
    assert.ok(hashes.size >= words.length - 3, `${words.length - hashes.size} collisions`);
  });

  it('hashes a plain word scanned from a text as its normal form, whatever the span cuts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Pier', 'REOPEN', 'U.S.', "don't", 'a1b2', ' ', '.', ','), { maxLength: 20 }), fc.nat(), (pieces, cut) => {
        const text = pieces.join('');
        const end = cut % (text.length + 1);
        scanWords(text, { start: 0, end }, (from, to, plain, folded) => {
          if (plain) assert.strictEqual(finishWordHash(folded), wordHash(normalizeWord(text.slice(from, to))));
        });
      }),
    );
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
