import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Vicar, the Reverend Amos Pell, was a stout man": the role before the comma is the titled name's, past the
// title's own "the", so "said the Vicar" is Amos Pell, not someone called Vicar.
describe('a role in apposition to a titled name', () => {
  it('gives "the Vicar" to the Reverend named after the comma', () => {
    const text = [
      'The Vicar, the Reverend Amos Pell, was a stout man with a passion for roses.',
      '“Ah,” said the Vicar. “You have met the sexton.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Amos Pell', 'Amos Pell']);
  });
});
