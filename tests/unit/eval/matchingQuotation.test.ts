import { strict as assert } from 'node:assert';
import { matchingQuotation } from '../../eval/attribution';

describe('eval: pairing a gold quotation with a found one', () => {
  const text = 'They call it a ‘digital hub’. Later she said Mr Fell keeps saying ‘digital hub.’';
  const spans = [...text.matchAll(/‘([^’]*)’/g)].map((m) => ({ inner: { start: m.index! + 1, end: m.index! + 1 + m[1].length } }));

  it('takes the found quotation at the gold one\'s place among those with the same words', () => {
    assert.equal(matchingQuotation(text, spans, spans[1].inner.start, spans[1].inner.end), 1);
    assert.equal(matchingQuotation(text, spans, spans[0].inner.start, spans[0].inner.end), 0);
  });

  it('falls back to the first with the same words when none overlaps, and to none when no words match', () => {
    assert.equal(matchingQuotation(text, [spans[0]], spans[1].inner.start, spans[1].inner.end), 0);
    assert.equal(matchingQuotation(text, spans, 0, 4), -1);
  });
});
