import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "In a statement issued through his lawyer, he said …. The statement went on: “…”": a statement is its issuer's
// voice, also when the sentence that brought it in names the issuer by a he/she or by a body's name the lists of
// body nouns do not hold ("The Northern Valleys Front, in a statement, …").
describe('the issuer of a statement brought in by a he/she or a body named whole', () => {
  it('reads a he opening the clause after the statement phrase', () => {
    const text = 'Gideon Marsh did not attend. In a statement issued through his lawyer, he said he was sorry. The statement went on: "I have let down people who trusted me."';
    assert.deepStrictEqual(speakers(text), ['Gideon Marsh']);
  });

  it('reads a she opening the sentence', () => {
    const text = 'Orla Quinn stayed away from the count. She said in a statement that she would not concede. "The result will be challenged," the statement said.';
    assert.deepStrictEqual(speakers(text), ['Orla Quinn']);
  });

  it('reads a body named whole after "The"', () => {
    const text = 'The Northern Valleys Front, in a statement posted late on Tuesday, called the plan a betrayal. "We will not be moved off our land," the statement said.';
    assert.deepStrictEqual(speakers(text), ['Northern Valleys Front']);
  });
});
