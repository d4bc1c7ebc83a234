import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“He left this for you,” she said, and nodded at the till. “Said you’d want it.”": a he/she only a description
// settles ("the barmaid") speaks the words that go on in its paragraph with no cue of their own too.
describe('words going on after a turn a description settles', () => {
  it('are the description’s', () => {
    const text = [
      'I had been drinking alone since six. When I came back from the telephone, the barmaid was wiping the bar. She did not look up.',
      '“He left this for you,” she said, and nodded at a card lying by the till. “Said you’d want it.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the barmaid', 'the barmaid']);
  });
});
