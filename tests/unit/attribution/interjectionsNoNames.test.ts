import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Hush, Tom.", "Aye, I will.": an interjection opening a turn addresses no one called by it, so no later turn is given
// to a "Hush" who answers.
describe('interjections opening a turn', () => {
  it('are not names of someone spoken to', () => {
    const text = [
      '“Hush, Tom. The cart is coming,” said Anna Brook.',
      '“But I want to see it,” said Tom Brook.',
      '“Hush. Sit still.”',
      '“Why must I?”',
      '“Indeed, you must.”',
      '“Aye, I will.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anna Brook', 'Tom Brook', 'Anna Brook', 'Tom Brook', 'Anna Brook', 'Tom Brook']);
  });
});
