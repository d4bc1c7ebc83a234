import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A relative the narration turns to is the one the next words call by name (addressedRelatives.test.ts); a relative
// opening the sentence as its subject ("Her father was carving. “…, Tim?”") is the one who speaks those words: the
// name they call is someone else, never that relative.
describe('attribution: a kin phrase opening its sentence is not whom the next words call', () => {
  it('does not make "her father" the Tim her father speaks to', () => {
    const text = [
      'Jess Hale had brought Tim Rowe home twice before. Mr. Hale had laid the table himself.',
      'Her father was already carving himself seconds. “He’s being polite. Aren’t you, Tim?”',
      '“Tim,” Jess said.',
      '“Everything stops at Crewe,” her father said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Hale', 'Jess Hale', 'Mr. Hale']);
  });
});
