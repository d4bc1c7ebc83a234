// A long draft's analysis runs in steps, so the server can serve requests between them: many pauses, each a part of
// the work, and the same analysis as in one go.

import * as assert from 'node:assert';
import { analyzeDocument, analyzeDocumentInSteps } from '../../../server/src/engine/analyze';

/** A draft of `n` paragraphs, each with narration naming someone and a quotation credited to them. */
function draftOf(n: number): string {
  const names = ['Anna Berg', 'Tomas Reyes', 'Mia Chen', 'Omar Haddad'];
  return Array.from({ length: n }, (_, i) => {
    const name = names[i % names.length];
    return `${name} spoke on day ${i} about the harbour and the budget. “We will build the pier number ${i} before the winter,” ${name.split(' ')[1]} said. She left.`;
  }).join('\n\n');
}

function pausesOf(text: string): number {
  const steps = analyzeDocumentInSteps(text, 'markdown');
  let pauses = 0;
  while (!steps.next().done) pauses++;
  return pauses;
}

describe('analyzeDocumentInSteps', () => {
  it('returns what analyzeDocument returns', () => {
    for (const n of [1, 150, 1200]) {
      const text = draftOf(n);
      const steps = analyzeDocumentInSteps(text, 'markdown');
      let step = steps.next();
      while (!step.done) step = steps.next();
      assert.deepStrictEqual(step.value, analyzeDocument(text, 'markdown'));
    }
  });

  it('pauses more often the longer the draft: the work of each step stays bounded', () => {
    const short = pausesOf(draftOf(10));
    const long = pausesOf(draftOf(2000));
    assert.ok(short >= 3, `${short} pauses: after the prose view, the quotations and the narration at least`);
    // 2,000 quotations: their narration a hundred at a time, their cues two hundred at a time, and more.
    assert.ok(long >= short + 30, `${long} pauses for 2,000 quotations, ${short} for 10`);
  });
});
