import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph that holds two speakers' words is the turn of the one its speech clause names.
describe('a paragraph of two speakers in a conversation', () => {
  it('takes the names the turn addresses from its own speaker\'s words, not from the other speaker\'s', () => {
    // Nell's "Harriet, …" is said to Harriet, yet the turn is Miss Crane's: the reply after it is Nell's, not Harriet's.
    const text = [
      'Nell Farrow and Miss Crane stood in the hall of the inn.',
      '"I wanted the room over the river," said Nell.',
      'Nell felt that she had been selfish. "Harriet, you must not spoil me." "You shall have it," said Miss Crane.',
      '"No, no. You must have it."',
      '"I insist on it, Nell."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nell Farrow', 'Nell Farrow', 'Miss Crane', 'Nell Farrow', 'Miss Crane']);
  });
});

describe('an uncued turn in a conversation of three', () => {
  it('is the one the next turn answers by name, rather than whoever spoke two turns back', () => {
    // Alternation would hand "Then, my dear, …" back to Hetty; Mrs. Gorse's "Impossible, Mr. Gorse" says who spoke it.
    const text = [
      'Mr. Gorse read his paper while his wife and Hetty talked of the assembly.',
      '"When is the next assembly, Hetty?" asked Mrs. Gorse.',
      '"Tuesday fortnight."',
      '"Aye, so it is," cried Mrs. Gorse, "and the Lyalls will not be back till then."',
      '"Then, my dear, you may introduce the new tenant yourself."',
      '"Impossible, Mr. Gorse, impossible, when I do not know him myself."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(4), ['Mr. Gorse', 'Mrs. Gorse']);
  });
});

describe('a chorus between two turns', () => {
  it('leaves the one the turn before it addressed to answer', () => {
    const text = [
      'Margaret Hale came back into the drawing-room, where her aunt, Mrs. Shaw, sat among her friends.',
      '"Edith is asleep, Aunt Shaw. Is there anything I can do?"',
      'All the ladies said "Poor child!" at this news, and the little dog in Mrs. Shaw\'s arms began to bark.',
      '"Hush, Tiny! It was only to ask Edith about the shawls; perhaps you would go, Margaret dear?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(2), ['Mrs. Shaw']);
  });
});
