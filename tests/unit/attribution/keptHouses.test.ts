import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// One the narration says keeps a house of trade ("Mrs. Gedney kept the inn", "Ned Poole, who ran the forge,") is the
// one the text then calls by its calling: "said the landlady", "the smith".
describe('the keeper of a house of trade', () => {
  it('is the landlady of the inn she kept, not the woman last named', () => {
    const text = [
      'Across the lane Mrs. Gedney kept the inn, and her husband was long dead.',
      'Martha Reed came down the road with a basket, and at dusk she went across to the inn and asked for a room.',
      '"There is one at the back," said the landlady.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Gedney']);
  });

  it('is the smith of the forge he ran, after a "who"', () => {
    const text = [
      'Ned Poole, who ran the forge by the ford, was shoeing a mare when Tom Hale came by.',
      '"She has cast another," said the smith.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ned Poole']);
  });
});
