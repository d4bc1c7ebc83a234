import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "guide" and "master" name what someone is, as "surgeon" does: a description they head is a speaker of its own.
describe('guide and master as person nouns', () => {
  it('credits a he/she cue to the guide the narration opens on, not the last man named', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The guide leaned over the map and frowned. "The river is too high to cross," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the guide']);
  });

  it('credits a he/she cue to the master the narration opens on', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The old master walked along the hedge at dawn. "Those colts want breaking in," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the old master']);
  });

  it('gives a she cue nothing from the master, who is a man', () => {
    const text = [
      'Ellen Marsh had gone home long before the storm broke.',
      'The master walked along the hedge at dawn. "The colts are out," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ellen Marsh']);
  });
});
