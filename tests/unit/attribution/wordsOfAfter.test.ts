import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "… as “funereal”, in the words of one cabinet minister.": "in the words of" after a quoted phrase names whose
// wording it was, as "according to" names a source, and "the minister said" next calls that one again.
describe('"in the words of" after the phrase it credits', () => {
  it('credits the phrase, and the tag that calls the source again, to the one named', () => {
    assert.deepStrictEqual(speakers(
      'Aides described the mood in the party as “grim”, in the words of one senior official. ' +
      '“Nobody expected this,” the official said.'), ['one senior official', 'one senior official']);
  });

  it('leaves a phrase no such words follow with the sentence’s subject', () => {
    assert.deepStrictEqual(speakers('Aides described the mood in the party as “grim”, and the whips agreed.'), ['Aides']);
  });
});
