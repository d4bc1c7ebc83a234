import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "his younger brother, Callum Ure … Their father, Robert Ure, died in 2021. “…,” his younger son said": of the family,
// the one the text brought in as the younger.
describe('relatives told apart by age', () => {
  it('gives "his younger son" to the one brought in as the younger brother', () => {
    const text = [
      'Hamish Ure won the title on Sunday. On the bag was his younger brother, Callum Ure, who gave up a place at university.',
      '',
      'Their father, Robert Ure, a greenkeeper at their home club, died in 2021.',
      '',
      '"He would have been out on the course at five tomorrow," his younger son said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Callum Ure']);
  });
});
