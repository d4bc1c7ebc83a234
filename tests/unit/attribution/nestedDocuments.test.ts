import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "“It said, ‘I’m alive,’”": an "it" speaking inside a quotation is the document the words before it brought up.
describe('an "it" cueing a quotation inside a quotation', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the document the narration just before brought up', () => {
    const text = 'Dara Kell heard from her son once, in a short email sent at dawn. "It said, \'Safe. Call later,\'" Dara Kell said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Dara Kell'], [1, 'a short email']]);
  });

  it('is the document the speaker’s own words brought up', () => {
    const text = 'Dara Kell sat down. "Then the letter came. It said, \'We regret,\' and nothing else," Dara Kell said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Dara Kell'], [1, 'the letter']]);
  });
});
