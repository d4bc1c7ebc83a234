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

  it('credits the person a clause right after the voice brings in ("as a man rose")', () => {
    assert.deepStrictEqual(speakers('"Stand still!" cried a rough voice, as a man rose from behind the wall.'), ['a man']);
    assert.deepStrictEqual(speakers('"Stand still!" cried a rough voice, as the gate swung open.'), ['a rough voice']);
  });

  it('keeps "the man" of a later turn as written, not reread as the voice\'s "a man"', () => {
    const text = [
      '"Stand still!" cried a rough voice, as a man rose from behind the wall.',
      '"Please, sir, let me go," said Tobias Wren.',
      '"Tell me your name," said the man.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a man', 'Tobias Wren', 'the man']);
  });
});

describe('words a person is said to own', () => {
  it('credits the one named in the possessive before an exclaimed quotation', () => {
    const text = 'Clara Voss sang at the opera that night.\n\nAs Madame Voss\'s "Farewell!" thrilled out above the silent house, the boxes stopped talking.';
    assert.deepStrictEqual(speakers(text), ['Clara Voss']);
  });

  it('also with a word describing the exclamation between ("Mrs Voss\'s weary "H\'m!"")', () => {
    const text = 'Clara Voss read the telegram twice.\n\nMrs Voss\'s weary "H\'m!" was all the answer it got.';
    assert.deepStrictEqual(speakers(text), ['Clara Voss']);
  });

  it('leaves a term in the possessive ("Voss\'s "green" pledge") to no one', () => {
    const text = 'Clara Voss sang at the opera that night.\n\nCritics mocked Voss\'s "green" pledge.';
    assert.notStrictEqual(speakers(text)[0], 'Clara Voss');
  });
});
