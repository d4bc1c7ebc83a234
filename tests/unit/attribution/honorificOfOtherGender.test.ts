import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Mrs. Quist" in a man's words is his wife, not Peter Quist: a name whose honorific is of the other gender than the
// bearer the text knows is someone else, so speaking of her does not rule him out as the speaker.
describe('a name with an honorific of the other gender than its bearer', () => {
  it('is someone else, whom the bearer may speak of', () => {
    const text = [
      'Peter Quist came into the surgery, where Dr. Samuel Reid was washing his hands.',
      '"Good evening," said the doctor.',
      'Quist sat down on the edge of the chair.',
      '"Mrs. Quist is poorly tonight. Can you come to the house?"',
      '"Is it the baby?" the doctor asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Samuel Reid', 'Peter Quist', 'Samuel Reid']);
  });
});
