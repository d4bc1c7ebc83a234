import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Afterwards she held the baby up and said:": a capitalised word with a subject pronoun right after it opens the
// sentence as an adverb; it is no name, and the pronoun is the subject of the joined speech verb.
describe('a capitalised adverb before a subject pronoun', () => {
  it('reads the pronoun, not the adverb, as the subject of a speech verb joined by "and"', () => {
    const text = [
      'Nurse Olive Brannagh finished her shift at six. Afterwards she sat with the parents and said: “You did well tonight.”',
      '',
      'Captain Iver Hallam checked the nets. Tonight he climbed onto the deck and said: “We sail at dawn.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Olive Brannagh', 'Iver Hallam']);
  });
});
