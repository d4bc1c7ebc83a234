import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A witness whose name a court withholds is given a letter: "Nurse B", "Witness A". The title is part of that name.
describe('names of a title and a letter', () => {
  it('keeps "Nurse B" and "Witness A" whole, and gives "the nurse" to Nurse B', () => {
    const text = [
      'The inquest heard from a nurse, referred to only as Nurse B, and from a detention officer.',
      '“I was not told,” said Witness A. “Nor was I,” Nurse B said.',
      '“Those were warning signs,” the nurse said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Witness A', 'Nurse B', 'Nurse B']);
  });
});
