import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "by Roots & Branches magazine, which called it “…”": a body's noun in lower case after a name is the kind of body
// the name is; the "which" clause's words are that name's, ampersand or "and" included.
describe('a "which" clause after a name and its body noun', () => {
  it('credits the whole name, joined by an ampersand', () => {
    const text = 'The play won best new drama from Stage & Screen magazine, which called it "a quiet detonation".';
    assert.deepStrictEqual(speakers(text), ['Stage & Screen']);
  });

  it('credits the whole name, joined by "and"', () => {
    const text = 'The figures were first published by Harbour and Coast magazine, which called the losses "staggering".';
    assert.deepStrictEqual(speakers(text), ['Harbour and Coast']);
  });
});
