import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A letter or an email "from" a person the text names is that person's words; one from a body speaks as itself.
describe('a letter or an email from a named person', () => {
  it('gives the words of "The email, from … Ana Roth," to Ana Roth', () => {
    const text = 'Ana Roth ran the night shift. The email, from process engineer Ana Roth, was shown to the inquiry. It read: "Pump 2 is tripping again, third time this week."';
    assert.deepStrictEqual(speakers(text), ['Ana Roth']);
  });

  it('leaves a letter from a body to speak as itself', () => {
    const text = 'The letter, from the Harbour Trust, was read aloud. It said: "The quay will close on Friday."';
    assert.deepStrictEqual(speakers(text), ['the letter']);
  });
});
