import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "An earlier draft had called for …": right after a determiner, "earlier" or "later" is an adjective of the
// document's phrase, not a word of time that ends it, so the draft is the subject that owns its quoted phrase.
describe('a document brought in as "an earlier" or "a later" one', () => {
  it('credits the earlier draft with its quoted phrase', () => {
    const text = 'The final communique dropped the target. An earlier draft had called for member states to "end coal power by 2035".';
    assert.deepStrictEqual(speakers(text), ['the earlier draft']);
  });
});
