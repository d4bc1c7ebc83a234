import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Would you be standing here?”" "He was silent, and she saw that she had struck him." "“You think I came for your
// fortune.”": narration after a question, about its asker and the other party too, leads into the other's answer.
describe('narration after a question', () => {
  it('leads into the answer when it is about both parties', () => {
    const text = [
      'Alice Gray walked with Robert Finch as far as the old well.',
      '"You wished to speak to me, Mr. Finch."',
      '"I did. I have wished it for a month."',
      '"And if you were not your uncle\'s heir, would you be standing here?"',
      'He was silent, and she saw that she had struck him.',
      '"You think I have come after your money."',
      '"I have no money."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Alice Gray', 'Robert Finch', 'Alice Gray', 'Robert Finch', 'Alice Gray']);
  });
});
