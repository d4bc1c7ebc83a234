import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "as an English Churchman", "a Yorkshire Terrier": a capitalised run after "a" or "an" says what kind of person or
// thing someone is; it names no one, so no he or she refers to it.
describe('capitalised words after an indefinite article', () => {
  it('are no person a she refers to', () => {
    const text = 'Just before I was leaving, the old lady came up to my room. I did not know what to do, for, as an English Churchman, I have been taught to regard such things as idolatrous. "Must you go?" she asked.';
    assert.deepStrictEqual(speakers(text), ['the old lady']);
  });

  it('are no person a he refers to', () => {
    const text = 'Walter Prescott had come home late. The rooms above were let to an English Churchman of strict habits. "The rooms are quiet," he said.';
    assert.deepStrictEqual(speakers(text), ['Walter Prescott']);
  });

  it('leave a full name with a common given name a person ("a Luis Ferreira header")', () => {
    const text = 'Harlow led through a Luis Ferreira header before Colin Reyes was sent off.\n\nFerreira, whose header was his first goal since his injury, said the dressing room was silent. "Nobody said a word," he added.';
    assert.deepStrictEqual(speakers(text), ['Luis Ferreira']);
  });
});
