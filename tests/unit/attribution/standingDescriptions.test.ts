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
});
