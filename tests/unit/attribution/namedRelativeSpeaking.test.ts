import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "His grandson, Leo Ortiz, said his grandfather taught him to swim. “He kept shouting, ‘Kick!’”": the relative named
// in apposition is the one speaking, so the he inside his words is the other relative the sentence brings up.
describe('a he/she inside a quotation, after a sentence opening on the speaker as a relative', () => {
  it('is the other relative of the sentence, by name through the ties the text stated', () => {
    const text = [
      'Arturo Ortiz, the lifeguard who patrolled Playa Norte for forty years, died on Sunday. He was 90.',
      '',
      'His grandson, Leo Ortiz, 22, said his grandfather had taught him to swim off the pier. “He kept shouting, ‘Kick harder,’ and I was already kicking,” he said.',
      '',
    ].join('\n');
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Leo Ortiz'], [1, 'Arturo Ortiz']]);
  });
});
