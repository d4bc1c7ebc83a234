import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Sandoval's attention had turned to Phoenix. “…,” he said": an owner whose thing opens the sentence is the one it
// is about, so the he after it is theirs, not a name the sentence ends on.
describe('an owner opening the sentence before a he/she', () => {
  it('gives the he to the owner of a thing, not to a name later in the sentence', () => {
    const text = [
      '"We were lucky," trainer Dan Marsh said. His fighter, Kid Ortega, won on points.',
      '',
      "Okafor watched from the front row. Marsh's attention had already turned to the rematch against Okafor. \"We'll need to be fitter,\" he said.",
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dan Marsh', 'Dan Marsh']);
  });

  it('leaves an owner\'s relative to the reading of relatives', () => {
    const text = [
      '"We were lucky," coach Dan Marsh said. His son Leo Marsh plays in goal for Carver.',
      '',
      "Marsh's son was not so sure. \"They deserved a draw,\" he said.",
    ].join('\n');
    assert.notStrictEqual(speakers(text)[1], 'Dan Marsh');
  });
});
