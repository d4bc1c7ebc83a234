import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "guide" names what someone is, as "surgeon" does: a description it heads is a speaker of its own.
describe('guide as a person noun', () => {
  it('credits a he/she cue to the guide the narration opens on, not the last man named', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The guide leaned over the map and frowned. "The river is too high to cross," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the guide']);
  });

  it('gives an uncued turn to the guide the narration before it ends on', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The old guide pointed at the falls.',
      '"Woman country, up there."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the old guide']);
  });
});
