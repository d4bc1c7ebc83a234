import * as assert from 'node:assert';
import fc from 'fast-check';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

describe('KGramIndex', () => {
  it('locates a passage: document and word range', () => {
    const index = new KGramIndex();
    index.set('a', words('the council voted on tuesday to close the eastern pier for repairs'));
    index.set('b', words('fishermen said the pier had been unsafe for years and needed repairs'));
    const [hit] = index.search(words('to close the eastern pier'), 3);
    assert.deepStrictEqual([hit.docId, hit.wordStart, hit.wordEnd], ['a', 5, 10]);
  });

  it('ranks the passage sharing the most grams first, even with an added word', () => {
    const index = new KGramIndex();
    index.set('far', words('the pier will reopen in the autumn or later than that'));
    index.set('near', words('she said the pier will reopen in the spring not a day later'));
    const hits = index.search(words('the pier will surely reopen in the spring not a day later'), 5);
    assert.strictEqual(hits[0].docId, 'near');
    assert.ok(hits[0].wordStart <= 2 && hits[0].wordEnd >= 12, JSON.stringify(hits[0]));
  });

  it('replaces a document: old words gone, new words found, others untouched', () => {
    const index = new KGramIndex();
    index.set('a', words('alpha beta gamma delta epsilon'));
    index.set('b', words('one two three four five'));
    assert.strictEqual(index.search(words('beta gamma delta'), 3)[0]?.docId, 'a');
    index.set('a', words('zeta eta theta iota kappa'));
    assert.deepStrictEqual(index.search(words('beta gamma delta'), 3), []);
    assert.strictEqual(index.search(words('eta theta iota'), 3)[0]?.docId, 'a');
    assert.strictEqual(index.search(words('two three four'), 3)[0]?.docId, 'b');
  });

  it('deletes a document, and replacing a document not yet searched keeps only the last version', () => {
    const index = new KGramIndex();
    index.set('a', words('red green blue'));
    index.set('a', words('cyan magenta yellow'));
    assert.deepStrictEqual(index.search(words('red green blue'), 3), []);
    assert.strictEqual(index.search(words('cyan magenta yellow'), 3).length, 1);
    index.delete('a');
    assert.deepStrictEqual(index.search(words('cyan magenta yellow'), 3), []);
    index.delete('never-added');
  });

  it('re-indexes only the edited document: many edits stay correct in few segments', () => {
    const index = new KGramIndex();
    for (let d = 0; d < 200; d++) index.set(`doc${d}`, words(`common opening words then unique${d} marker${d} closing${d} text`));
    index.search(words('common opening words'), 1);
    for (let edit = 0; edit < 100; edit++) {
      index.set('doc7', words(`rewritten number${edit} of the seventh document`));
      assert.strictEqual(index.search(words(`rewritten number${edit} of the`), 2)[0]?.docId, 'doc7');
      assert.deepStrictEqual(index.search(words(`unique7 marker7 closing7`), 2), []);
    }
    assert.ok(index.segmentCount <= 6, `${index.segmentCount} segments`);
    assert.strictEqual(index.search(words('unique150 marker150 closing150'), 2)[0]?.docId, 'doc150');
  });

  it('keeps the words of every document as written while pending, across the chunks they are written into', () => {
    const index = new KGramIndex();
    // Lengths around and beyond the chunk sizes (4,096 words first, doubling), so documents straddle chunk ends.
    const lengths = [10, 4090, 20, 9000, 3, 70000, 5000, 1, 0, 12000];
    const docs = lengths.map((n, d) => Array.from({ length: n }, (_, i) => `w${d}x${i % 997}`));
    docs.forEach((words, d) => index.set(`d${d}`, words));
    docs.forEach((words, d) => {
      const alone = new KGramIndex();
      alone.set('x', words);
      assert.deepStrictEqual(index.indexedWords(`d${d}`), alone.indexedWords('x'), `d${d} while pending`);
    });
    docs.forEach((words, d) => {
      if (words.length < 3) return;
      const at = Math.floor(words.length / 2) - 1;
      assert.ok(index.search(words.slice(at, at + 3), 50).some((h) => h.docId === `d${d}` && h.wordStart <= at && h.wordEnd >= at + 3), `d${d}`);
    });
  });

  it('compacts a segment once most of it is deleted', () => {
    const index = new KGramIndex();
    for (let d = 0; d < 100; d++) index.set(`d${d}`, words(`w${d}a w${d}b w${d}c w${d}d w${d}e w${d}f`));
    index.search(words('w1a w1b w1c'), 1);
    const before = index.byteSize;
    for (let d = 0; d < 80; d++) index.delete(`d${d}`);
    assert.ok(index.byteSize < before / 2, `${index.byteSize} of ${before}`);
    assert.strictEqual(index.search(words('w90b w90c w90d'), 1)[0]?.docId, 'd90');
    assert.deepStrictEqual(index.search(words('w10b w10c w10d'), 1), []);
  });

  it('skips grams more common than the cap, and still places the quote by its rare grams', () => {
    const index = new KGramIndex({ commonGramCap: 50 });
    for (let d = 0; d < 300; d++) index.set(`copy${d}`, words(`according to the statement released on monday by the ministry story ${d}`));
    index.set('target', words('according to the statement released on monday by the ministry the minister resigned in protest'));
    const hits = index.search(words('released on monday by the ministry the minister resigned in protest'), 10);
    // The copies share the capped grams only, so they get no votes at all.
    assert.deepStrictEqual(hits.map((h) => h.docId), ['target']);
    assert.ok(new KGramIndex().search([], 3).length === 0);
    const uncapped = new KGramIndex({ commonGramCap: 1e9 });
    for (let d = 0; d < 300; d++) uncapped.set(`copy${d}`, words(`according to the statement released on monday by the ministry story ${d}`));
    assert.strictEqual(uncapped.search(words('released on monday by the ministry the minister'), 10).length, 10);
  });

  it('uses the rarest grams anyway when every gram is over the cap', () => {
    const index = new KGramIndex({ commonGramCap: 10 });
    for (let d = 0; d < 100; d++) index.set(`copy${d}`, words(`according to the statement released on monday`));
    const hits = index.search(words('according to the statement released'), 5);
    assert.strictEqual(hits.length, 5);
    for (const h of hits) assert.deepStrictEqual([h.wordStart, h.wordEnd], [0, 5]);
  });

  it('finds one- and two-word quotes exactly, and nothing for unknown words', () => {
    const index = new KGramIndex();
    index.set('a', words('he called the accusations nonsense and left'));
    index.set('b', words('utter nonsense said the other'));
    assert.deepStrictEqual(
      index.search(['nonsense'], 5).map((h) => [h.docId, h.wordStart]).sort(),
      [['a', 4], ['b', 1]],
    );
    assert.deepStrictEqual(index.search(words('utter nonsense'), 5).map((h) => [h.docId, h.wordStart, h.wordEnd]), [['b', 0, 2]]);
    assert.deepStrictEqual(index.search(words('nonsense utter'), 5), []);
    assert.deepStrictEqual(index.search(['unheard'], 5), []);
  });

  it('finds a short quote with one changed word through word-pair votes', () => {
    const index = new KGramIndex();
    index.set('a', words('if they leave then we will stop fighting at once'));
    const [hit] = index.search(words('we shall stop fighting'), 3);
    assert.strictEqual(hit?.docId, 'a');
  });

  it('among many near-duplicates, ranks the exact variant first', () => {
    const index = new KGramIndex();
    const variants = ['fair', 'good', 'solid', 'sound', 'firm', 'real', 'clear', 'true'];
    for (const [i, v] of variants.entries()) {
      for (let copy = 0; copy < 5; copy++) index.set(`${v}-${copy}`, words(`intro ${i} ${copy} the proposal is a ${v} basis for future talks with neighbours outro`));
    }
    const hits = index.search(words('the proposal is a sound basis for future talks'), 5);
    assert.deepStrictEqual(hits.map((h) => h.docId).sort(), ['sound-0', 'sound-1', 'sound-2', 'sound-3', 'sound-4']);
  });

  it('property: every span of every document is found at its place', () => {
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const doc = fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.nat(), (docs, pick, at, len) => {
        const index = new KGramIndex({ commonGramCap: 4 });
        docs.forEach((d, i) => index.set(`d${i}`, d));
        const d = pick % docs.length;
        const start = at % (docs[d].length - 2);
        const end = start + 3 + (len % (docs[d].length - start - 2));
        const hits = index.search(docs[d].slice(start, end), 1000);
        assert.ok(hits.some((h) => h.docId === `d${d}` && h.wordStart <= start && h.wordEnd >= end), JSON.stringify({ d, start, end, hits }));
      }),
      { numRuns: 300 },
    );
  });

  it('property: a search for the best few gives the first few of the full ranking (quotes of three words or more)', () => {
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f'];
    const doc = fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 60 });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (docs, quote, limit) => {
        const index = new KGramIndex({ commonGramCap: 1000 });
        // Ids out of insertion order, so the ranking's tie-break by id is exercised.
        docs.forEach((d, i) => index.set(`d${(i * 7) % 12}`, d));
        const all = index.search(quote, 10000);
        assert.deepStrictEqual(index.search(quote, limit), all.slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});
