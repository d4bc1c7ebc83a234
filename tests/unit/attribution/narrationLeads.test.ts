import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The narration just before an uncued turn leads into it: the person that narration is about, not whoever an owner
// or object pronoun in it refers to.
describe('the narration leading into an uncued turn', () => {
  it('is about the person it names, not the owner of "his" before that name', () => {
    const text = [
      'Nathan Birch ran past the kitchen door.',
      '"Stop, you rascal!" cried Mrs. Harlow.',
      'The boy leapt the fence and was gone.',
      'His aunt Martha stood still a moment, and then broke into a laugh.',
      '"That boy will be the death of me."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Martha');
  });

  it('is about the owner when the sentence names no one else', () => {
    const text = [
      'Mr. Odell wandered through the empty house.',
      'A muttered oath escaped his lips.',
      '"Not a quiet room anywhere!"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Odell']);
  });
});

describe('narration after an uncued turn', () => {
  it('naming the one who spoke the turn before is their reaction, not the turn\'s speaker', () => {
    const text = [
      'Lucy Marsh sat beside the new rector at dinner.',
      '"I take the living at Summer Street next June," said Mr. Crewe.',
      '"Oh, how glad I am! Our house is just by the church." Mr. Crewe bowed.',
      '"Then we shall be neighbours."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Crewe', 'Lucy Marsh', 'Mr. Crewe']);
  });

  it('speaking of someone of the other gender is the hearer\'s, not the turn\'s speaker', () => {
    const text = [
      'Ellen Price sat down on the bed beside the boy, Owen Marsh.',
      '"Aren\'t you going to ask how your mamma is?" she said at last.',
      '"How is mamma?"',
      '"Your mamma\'s gone away. You won\'t see her any more." Owen did not know what she meant.',
      '"Why not?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ellen Price', 'Owen Marsh', 'Ellen Price', 'Owen Marsh']);
  });
});
