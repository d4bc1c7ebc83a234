import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The three Miss Marlows", "the two Joneses": a name in the plural after "the" and a number is several people, so no
// he/she is read as them.
describe('a name in the plural after "the" and a number', () => {
  it('is no one a she can be', () => {
    const text = [
      'Ruth Marlow had never been so much in want of a subject. The three Miss Marlows were all at home, and all disengaged.',
      '“He is to have the rooms over the saddler’s,” said she.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Marlow']);
  });
});
