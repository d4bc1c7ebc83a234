import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A term after its determiner is no one's ("arrived with a “peace plan”"), unless a speech verb named it so: "what
// officials described as a “final offer”", "The council called it a “final offer”": the verb's subject chose the words.
describe('a term a speech verb named', () => {
  it('gives "what officials described as a “…”" to the officials', () => {
    const text = 'The envoy reached the capital on Monday, carrying what officials described as a "last proposal" to the rebels.';
    assert.deepStrictEqual(speakers(text), ['officials']);
  });

  it('gives "called it a “…”" to the subject of "called"', () => {
    const text = 'The envoy reached the capital on Monday. The council called it a "last proposal" for the valley.';
    assert.deepStrictEqual(speakers(text), ['the council']);
  });

  it('leaves a term no verb named to no one', () => {
    const text = 'The envoy reached the capital with a "peace plan" for the valley.';
    assert.deepStrictEqual(speakers(text), [null]);
  });
});
