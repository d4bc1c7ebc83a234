import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A conversation opening after a few paragraphs of narration is between the people those paragraphs brought up: the
// one its first turn leaves unnamed is someone the narration named before the paragraph just before it.
describe('the scene a conversation opens in', () => {
  it('gives the other party of its turns', () => {
    const text = [
      'Harold Vane had been in the cellar for two days, and had not slept.',
      'Sergeant Boyd came down the steps sideways and crouched beside the candle.',
      '"Supper, sir. Such as it is."',
      '"What is it?"',
      '"Bread, sir. And a tin of something."',
      '"Share it out, then."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Boyd', 'Harold Vane', 'Boyd', 'Harold Vane']);
  });
});
