import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A stranger the narration keeps calling by a description that opens its sentences ("The rider came in …") is that
// description when a speech clause uses it, not a named person of the conversation.
describe('a description the narration opens its sentences with', () => {
  it('is not reread as someone named', () => {
    const text = [
      'The rider came in off the flats a little before noon. Nell Corrigan watched him from the doorway of the station.',
      '"Put that back," she said.',
      'The rider read the sign over the door and let his horse drink before he drank himself.',
      '"Afternoon," he said.',
      '"Water is free," said Nell. "Feed is two bits."',
      'The boy came out onto the step. Davey Corrigan was twelve. "That is a Cheyenne saddle."',
      '"Arapaho," the rider said. "I bought it in Cutbank."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-2), ['the rider', 'the rider']);
  });

  it('nor is one the narration brings in as what an unnamed one was, in a conversation of named people', () => {
    const text = [
      'Two men sat over a chessboard on the verandah. The taller one was Major Hugh Fenner, who commanded the post. The other was the surgeon. He was a small, red-haired man with a voice like gravel.',
      '"Sit down," said Fenner presently. "There is a chair."',
      'I sat down, with care.',
      '"When is the relief due?" I asked.',
      '"The fifteenth of May," said the surgeon.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-1), ['the surgeon']);
  });
});
