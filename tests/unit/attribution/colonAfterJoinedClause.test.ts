import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The chief inspector declined to comment, but a spokesperson for the inspectorate said: “…”": a colon brings in the
// words of the last clause's subject, the one after ", but" or ", and", not the sentence's first.
describe('a colon after a clause joined by "but" or "and"', () => {
  it('credits the joined clause\'s subject, not the sentence\'s', () => {
    const text = 'The Harbour Board published its review. The chairman declined to comment, but a spokeswoman for the board said: "The review stands."';
    assert.deepStrictEqual(speakers(text), ['a spokeswoman for the board']);
  });

  it('does so after an opening phrase', () => {
    const text = 'The Harbour Board published its review. On Monday the chairman stayed away, and a spokesman for the board said: "The review stands."';
    assert.deepStrictEqual(speakers(text), ['a spokesman for the board']);
  });
});
