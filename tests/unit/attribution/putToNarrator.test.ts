import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "I stood there and looked at it." "“That a good thing or a bad thing, hon?”" "“I don’t know yet.”": in a story told
// by an "I", words put to someone right after the narrator's own narration are put to the narrator, who answers.
describe('an answer to words put to someone right after the narrator\'s narration', () => {
  const opening = [
    'I had been in the diner an hour, and I had drunk four cups of coffee, and I had read the letter until I knew it by heart. ' +
      'My hands would not keep still, so I kept them round the cup.',
    '"You want a refill?" Dora Pike asked me.',
    '"No," I said. "Just the check."',
    'I turned the matchbook over. Someone had written a room number on the inside flap, in pencil, and underlined it twice.',
    'I stood there and looked at it for a while.',
    '"That a good thing or a bad thing, hon?"',
  ];

  it('is the narrator\'s', () => {
    const text = [...opening, '"I don\'t know yet."'].join('\n\n');
    assert.strictEqual(speakers(text).pop(), 'I');
  });

  it('is not when the narration announced the narrator\'s own words', () => {
    const text = [...opening.slice(0, 4), 'When I had finished my coffee I ventured a question.', '"Is the room still let?"', '"Since Tuesday."'].join('\n\n');
    assert.notStrictEqual(speakers(text).pop(), 'I');
  });
});
