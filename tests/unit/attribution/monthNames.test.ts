import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// June, May, April and August are given names as well as months: before a surname, with no preposition to make a
// date of it, the month opens the name.
describe('attribution: months that are given names', () => {
  it('reads a month opening a sentence before a surname as a given name', () => {
    const text = [
      'June Pellworth sat down at the desk by the window and took the cover off the typewriter.',
      '“Not yet,” said June.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['June Pellworth']);
  });

  it('keeps a month after a preposition a date', () => {
    const text = [
      'Tom Ridley came back to the farm in the spring. In June Ridley sold the lower field.',
      '“It never drained,” said Ridley.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Ridley']);
  });
});
