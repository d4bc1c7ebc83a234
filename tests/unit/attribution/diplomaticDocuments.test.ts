import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Diplomatic copy quotes the papers talks produce: "the text", "the communique", "a readout of the call", "the
// cable". They speak in writing as a report does.
describe('documents of diplomacy', () => {
  it('credits the text of an agreement seen by a news agency', () => {
    const text = 'The text, seen by Reuters, says both sides will "refrain from unilateral steps" until the spring.';
    assert.deepStrictEqual(speakers(text), ['the text']);
  });

  it('credits a communique', () => {
    const text = 'The communique issued after the summit called for "an immediate and lasting truce."';
    assert.deepStrictEqual(speakers(text), ['the communique']);
  });
});
