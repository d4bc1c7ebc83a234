import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "One nurse who saw her in the staff room afterwards said …": the phrase right before the verb ("the staff room") ends the
// relative clause and is its object; the speaker is the one the clause describes, not someone named before.
describe('a relative clause ending on a thing before the verb', () => {
  it('credits the one the "who" clause describes', () => {
    const text = [
      'Dr Colin Reeve treated her.',
      'One nurse who saw her in the staff room afterwards said she had been "frightened but calm."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['one nurse who saw her in the staff room afterwards']);
  });
});
