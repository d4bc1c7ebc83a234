import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” came a voice from the settle. … The voice belonged to Abel Brand", "said a voice I did not expect, and it was
// Mr. Gosling's": a voice is the one the narration names as its owner right after it.
describe('voices whose owner the narration names after them', () => {
  it('credits the owner the voice "belonged to", also when the voice "came"', () => {
    const text = [
      'Mr. Lumb unfolded the will and looked round the parlour.',
      '“Nobody said he wasn’t,” came a voice from the settle by the window.',
      '“Nobody has said so yet,” returned Mr. Lumb.',
      'The voice belonged to Abel Brand, the dead man’s brother, who farmed at Ashby.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Abel Brand', 'Mr. Lumb']);
  });

  it('credits the one whose voice "it was"', () => {
    const text = 'Mrs. Noakes glared down the table.\n\n“That’s true,” said a voice I did not expect, and it was Mr. Gosling’s. He folded his napkin.';
    assert.deepStrictEqual(speakers(text), ['Mr. Gosling']);
  });

  it('leaves a voice the narration names no owner for as written', () => {
    const text = '“Only me,” came a low voice from the door.\n\nAnna Brook put down her cup.';
    assert.deepStrictEqual(speakers(text), ['a low voice']);
  });
});
