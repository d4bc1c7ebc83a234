import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A title of rank used alone ("said the Canon", "the Major asked") names the one person the text gave that title.
describe('attribution: a title of rank alone', () => {
  it('gives "said the Canon" to the one the text called Canon', () => {
    const text = [
      '“Ghosts are never shy,” said Canon Whitby, taking a muffin.',
      'Mrs. Dane laughed. “Then what are they?”',
      '“Tiresome,” said the Canon.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Whitby', 'Mrs. Dane', 'Whitby']);
  });

  it('gives "the Major asked" to the one the text called Major', () => {
    const text = ['Major Pettigrew had come for the rent.', '“Is it ready?” the Major asked.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pettigrew']);
  });

  it('gives a courtesy title alone to no one named with it', () => {
    const text = ['Mrs. Dane poured the tea.', '“Sugar?” said Madame.'].join('\n\n');
    assert.notDeepStrictEqual(speakers(text), ['Mrs. Dane']);
  });
});
