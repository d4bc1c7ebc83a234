import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A voice speaks for its owner, also when its sentence names the owner after it.
describe('a voice named later in its sentence', () => {
  it('credits the one the voice is "that of"', () => {
    const text = [
      'Margaret Hale heard the ladies talking in the next room.',
      '"She is a lucky girl," replied another voice, which Margaret knew to be that of Mrs. Gibson, a neighbour.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Gibson']);
  });

  it('leaves a voice that its sentence does not name to its phrase', () => {
    assert.deepStrictEqual(speakers('"Ho there, inside!" called a voice from the darkness of the yard.'), ['a voice']);
  });
});
