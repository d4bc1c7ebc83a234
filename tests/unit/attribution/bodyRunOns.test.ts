import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The embassy issued a statement. “…,” it said. “…”": the quotation after the body's clause runs on as a person's
// would, the body's too.
describe('a body\'s words running on after its clause', () => {
  it('credits the quotation after "it said." to the body', () => {
    const text = [
      '"We will wait," said Corentin Vasseur, the envoy.',
      'The Drovish embassy issued a short statement on Friday. "The talks were useful," it said. "More are planned."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Corentin Vasseur', 'the Drovish embassy', 'the Drovish embassy']);
  });

  it('leaves a quotation after a sentence of narration alone', () => {
    const text = [
      '"We will wait," said Corentin Vasseur, the envoy.',
      'The Drovish embassy issued a short statement. "The talks were useful," it said. Vasseur laughed. "More are planned."',
    ].join('\n');
    assert.notStrictEqual(speakers(text)[2], 'the Drovish embassy');
  });
});
