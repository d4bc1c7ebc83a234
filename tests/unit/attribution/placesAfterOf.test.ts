import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The queue for the Northgate of Dun Arvel": a name of several words after a name's "of" is a place's, never someone
// a he can go on with.
describe('places after a name’s "of"', () => {
  it('gives no turn to the town of "the Northgate of Dun Arvel"', () => {
    const text = [
      'The queue for the Northgate of Dun Arvel stretched back past the tanneries, and it had not moved since noon. Tessa stood on the axle of her uncle’s cart and counted guards on the wall.',
      '“Eleven,” she murmured.',
      '“Twelve.” Her uncle did not look up from the harness he was mending. “Don’t count them, girl.”',
    ].join('\n\n');
    const said = speakers(text);
    assert.strictEqual(said[0], 'Tessa');
    assert.ok(!said.includes('Dun Arvel'));
  });
});
