import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Then, more quietly: “…”": a lead naming no one that brings words in with a colon has dropped its speech clause,
// and the one who just spoke goes on.
describe('leads that drop their speech clause', () => {
  it('gives words after "Then, after a long pause:" to the one who just spoke', () => {
    const text = 'Asked about the prize, Mara Quell laughed. "It was luck," she said.\n\nThen, after a long pause: "My mother would have loved it."';
    assert.deepStrictEqual(speakers(text), ['Mara Quell', 'Mara Quell']);
  });

  it('goes on past a sentence of narration naming no one', () => {
    const text = 'Mara Quell laughed. "It was luck," she said.\n\nThe crowd went quiet. Later, at the door: "We go again."';
    assert.deepStrictEqual(speakers(text), ['Mara Quell', 'Mara Quell']);
  });

  it('leaves them to no one when the lead names what speaks ("Then the radio:")', () => {
    const text = 'Mara Quell laughed. "It was luck," she said.\n\nThe storm came. Then the radio: "Roads are closed."';
    assert.deepStrictEqual(speakers(text)[1], null);
  });

  it('leaves them to no one when the lead is a clause with its own subject', () => {
    const text = 'Mara Quell laughed. "It was luck," she said.\n\nThe storm came. Later they wrote: "Roads are closed."';
    assert.notStrictEqual(speakers(text)[1], 'Mara Quell');
  });
});
