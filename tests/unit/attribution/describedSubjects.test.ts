import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A sentence of narration that opens on a description no one named holds ("The surgeon leaned over the bed.") is
// about someone the text has not named: the he/she or the uncued turn after it is theirs, not the last man named.
describe('speakers known by the description opening the narration', () => {
  it('credits a he/she cue to the description opening a sentence of its paragraph', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The surgeon leaned over the patient and raised her hand. "She will sleep now," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the surgeon']);
  });

  it('credits a he/she cue to a description after "Then" or opening a clause joined on by ", and"', () => {
    const then = 'Walter Prescott lay asleep. Then the surgeon felt his pulse once more. "He will sleep now," he said.';
    assert.deepStrictEqual(speakers(then), ['the surgeon']);
    const joined = 'Walter Prescott walked into the shop. The whistling stopped, and the doctor assumed an air of gravity. "Good morning, sir," he said.';
    assert.deepStrictEqual(speakers(joined), ['the doctor']);
  });

  it('keeps the named man when he is named after the description', () => {
    const text = 'The surgeon leaned over the patient, and Walter Prescott watched. "She will sleep now," he said.';
    assert.deepStrictEqual(speakers(text), ['Walter Prescott']);
  });

  it('keeps the person the text made the holder of the role', () => {
    const text = [
      'Health Minister Abena Osei opened the clinic on Monday.',
      'The minister toured the wards. "We will need more nurses," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Abena Osei']);
  });

  it('gives an uncued turn to the description the narration before it ends on', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The old woman wept by the bed. The doctor bent down.',
      '"Let me take the child."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the doctor']);
  });
});
