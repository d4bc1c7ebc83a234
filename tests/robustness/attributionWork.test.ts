import * as assert from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { sentenceStart, sentenceStarts, type Item } from '../../server/src/engine/attribution/narration';
import { PeopleTable } from '../../server/src/engine/attribution/people';

// Attribution's work per quotation must not grow with the quotations a paragraph or a sentence holds: a pasted
// transcript or a generated file may put thousands in one. Counted, not timed: the people-table lookups (a name at an
// item, a he/she's antecedent) that reading the narration around each quotation makes. When each quotation read its
// paragraph's narration from the start, one paragraph of 1,000 quotations made 3,000 lookups per quotation where
// 1,000 paragraphs made 7 (and 8,000 quotations of one paragraph took 17 s).

/** People-table lookups per quotation while `text` is analysed. */
function lookupsPerQuotation(text: string): number {
  const proto = PeopleTable.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map(['mentionAt', 'antecedent'].map((name) => [name, proto[name]]));
  let lookups = 0;
  for (const [name, original] of originals) {
    proto[name] = function (this: PeopleTable, ...args: unknown[]) {
      lookups++;
      return original.apply(this, args);
    };
  }
  try {
    const { quotations } = analyzeDocument(text, 'plaintext');
    assert.ok(quotations.length > 0);
    return lookups / quotations.length;
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
}

const SHAPES: Record<string, (i: number) => string> = {
  // The he of the clause names no one, so each quotation looks for a subject in its paragraph's narration.
  'a he/she clause with no one named before': (i) => `"The figure was ${i} last year," he said.`,
  // No full stop: every quotation is inside one sentence, whose subject each one looks for.
  'quotations inside one sentence that never ends': (i) => `He called it "item ${i} of the list" and went on`,
  'split quotations with their clause between': (i) => `“The figure was ${i} last year,” he said, “and it will grow.”`,
};

describe('attribution work per quotation in one paragraph', function () {
  this.timeout(20000);
  for (const [name, quotation] of Object.entries(SHAPES)) {
    it(`${name}: as much work per quotation in one paragraph of 1,000 as in 1,000 paragraphs, and in one of 250`, () => {
      const text = (n: number, separator: string) => Array.from({ length: n }, (_, i) => quotation(i)).join(separator);
      const spread = lookupsPerQuotation(text(1000, '\n\n'));
      const small = lookupsPerQuotation(text(250, ' '));
      const large = lookupsPerQuotation(text(1000, ' '));
      // A few more lookups per quotation are fine (a sentence may hold more than one person); growth with size is not.
      assert.ok(large <= 2 * spread + 5, `one paragraph: ${large.toFixed(1)} lookups per quotation, spread: ${spread.toFixed(1)}`);
      assert.ok(large <= 1.2 * small + 1, `one paragraph of 1,000: ${large.toFixed(1)} lookups per quotation, of 250: ${small.toFixed(1)}`);
    });
  }
});

describe('sentence starts read in one pass', () => {
  it('are those sentenceStart walks back to, for every item and floor', () => {
    // Items in text order: each goes on its sentence or opens the next one.
    const items = fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }).map((opens) => {
      let sentence = 0;
      return opens.map((open, i) => ({ sentence: (sentence += open && i > 0 ? 1 : 0) }) as Item);
    });
    fc.assert(
      fc.property(items, (list) => {
        const start = sentenceStarts(list);
        for (let i = 0; i < list.length; i++) for (let floor = 0; floor < list.length; floor++) assert.strictEqual(start(i, floor), sentenceStart(list, i, floor));
      }),
    );
  });
});
