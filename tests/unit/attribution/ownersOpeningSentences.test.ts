import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Volk's camp released a short video. “…,” the former champion said in it.": a sentence opening on someone's thing
// (not a person of theirs) is about them, and news's fresh description after it calls them again.
describe('owners opening the sentence before a description', () => {
  it('gives "the former champion" to the one whose camp the sentence before opens on', () => {
    const text = [
      'Dmitri Volk lost his title on Saturday night and was taken to hospital as a precaution.',
      '',
      'Volk\'s camp released a short video from the hospital on Sunday. "I am OK. He was the better man tonight," the former champion said in it.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dmitri Volk']);
  });

  it('does not give "the former judge" to the one whose lawyer the sentence before opens on', () => {
    const text = [
      'Tom Hale was cleared on Friday.',
      '',
      'Hale\'s lawyer read a statement outside court. "Justice was done," the former judge said.',
    ].join('\n');
    assert.notStrictEqual(speakers(text)[0], 'Tom Hale');
  });
});
