import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Deputy Governor" is a deputy governor, not the governor; but "her deputy" alone is a role of its own.
describe('words of rank as roles', () => {
  it('takes "the deputy" for the one named as someone’s deputy', () => {
    const text = [
      'The mayor, Ruth Vale, was absent. Her deputy, Tom Brandt, chaired the meeting. Owen Pike, a resident, spoke first.',
      '“We will listen,” the deputy said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Brandt']);
  });

  it('still keeps "the deputy governor" apart from the governor', () => {
    const text = 'The governor, Ruth Vale, spoke first. The deputy governor, Tom Brandt, disagreed. “We must wait,” the governor said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Vale']);
  });
});
