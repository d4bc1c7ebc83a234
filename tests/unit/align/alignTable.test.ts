import * as assert from 'node:assert';
import fc from 'fast-check';
import { align, alignByTable } from '../../../server/src/engine/align/align';
import { readQuote } from '../../../server/src/engine/align/quoteParts';
import { WordCodes } from '../../../server/src/engine/align/wordCodes';
import { tokenize } from '../../../server/src/engine/text/tokenize';

const alignText = (quote: string, source: string) => {
  const parts = readQuote(quote);
  const codes = new WordCodes(parts);
  return align(parts, codes, codes.encode(tokenize(source)).codes);
};

describe('WordCodes', () => {
  it('numbers the quote once and counts the quote words a window holds, each time the quote says them', () => {
    const codes = new WordCodes(readQuote('the cat … saw the dog'));
    assert.deepStrictEqual([...codes.parts], [0, 1, -1, 2, 0, 3]);
    assert.strictEqual(codes.words, 5);
    const window = codes.encode(tokenize('A dog saw the bird'));
    assert.deepStrictEqual([...window.codes], [-1, 3, 2, 0, -1]);
    assert.strictEqual(window.present, 4); // "the" twice, "saw", "dog"; "cat" missing
    assert.strictEqual(codes.encode(tokenize('cat')).present, 1, 'a second window starts afresh');
  });
});

describe('align', () => {
  it('takes the first word-for-word run of a quote at no cost', () => {
    const result = alignText('the gates will open', 'x the gates will open y the gates will open');
    assert.strictEqual(result.cost, 0);
    assert.deepStrictEqual(
      result.steps.map((s) => (s.kind === 'same' ? s.src : -1)),
      [1, 2, 3, 4],
    );
  });

  it('gives the same answer whatever was aligned before it (its tables are reused)', () => {
    const word = fc.constantFrom('ka', 'lo', 'mi', 'ren', 'tu', 'sa');
    const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
    const quote = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.boolean()).map(([ws, elided]) =>
      elided && ws.length > 2 ? [...ws.slice(0, 1), '…', ...ws.slice(1)].join(' ') : ws.join(' '),
    );
    fc.assert(
      fc.property(quote, text, quote, text, (q1, s1, q2, s2) => {
        const first = alignText(q1, s1);
        alignText(q2, s2);
        assert.deepStrictEqual(alignText(q1, s1), first);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a quote standing word for word, its ellipses skipping source words, as the full table does', () => {
    // Few words and ellipses anywhere, so most quotes stand in the text, some in several places, some not at all.
    const word = fc.constantFrom('ka', 'lo', 'mi');
    const text = fc.array(word, { minLength: 1, maxLength: 150 }).map((ws) => ws.join(' '));
    const quote = fc.array(fc.oneof(word, word, word, fc.constant('…')), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    let verbatim = 0;
    fc.assert(
      fc.property(quote, text, (q, s) => {
        const parts = readQuote(q);
        const codes = new WordCodes(parts);
        if (codes.words === 0) return;
        const window = codes.encode(tokenize(s)).codes;
        const fast = align(parts, codes, window);
        const full = alignByTable(parts, codes, window);
        assert.deepStrictEqual(fast, full);
        if (full.cost === 0 && parts.some((p) => p.kind === 'ellipsis')) verbatim++;
      }),
      { numRuns: 2000 },
    );
    assert.ok(verbatim > 100, `only ${verbatim} elided quotes stood word for word`);
  });
});
