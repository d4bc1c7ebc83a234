import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The special envoy, Sir Ian Hale, arrived carrying what officials called a “final offer”. “…,” the envoy said.": a
// term the sentence before quotes (the officials' words) does not make it dialogue; the role is still the one that
// sentence names.
describe('roles after a sentence quoting a term', () => {
  it('gives "the envoy" to the envoy the sentence before names, though it quotes a term', () => {
    const text = [
      'The special envoy for the conflict, Sir Ian Hale, arrived in the capital on Monday, carrying what officials described as a "final offer" from the guarantor powers.',
      '',
      '"I have come to listen," the envoy said on the tarmac.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['officials', 'Ian Hale']);
  });
});
