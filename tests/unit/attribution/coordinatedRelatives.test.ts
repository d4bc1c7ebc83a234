import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A tenant who has lived there for years, and who asked not to be named because she fears eviction, said …": two
// relative clauses joined by "and" stand between the subject and its verb; the he/she inside them is not the speaker.
describe('a subject with two relative clauses joined by "and"', () => {
  it('credits the description before the first "who"', () => {
    const text = [
      'Gemma Ward, the landlord\'s agent, said repairs were planned. "We take damp seriously," she said.',
      'A tenant who has lived in the block since 2009, and who asked not to be named because she fears eviction, said the mould had come back "every winter without fail."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Gemma Ward', 'a tenant who has lived in the block since 2009']);
  });
});
