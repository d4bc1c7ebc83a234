import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Bannister said: “That is a matter.” The company said: “…”": words quoted whole with their own full stop, then a
// capital, end a sentence, so the body's clause after them speaks the next quotation, not the person before.
describe('a body speaking after a quotation closed by its own full stop', () => {
  it('credits the company, not the person whose quotation ended the sentence before', () => {
    const text = 'Castell Build Ltd was fined £400,000. Bannister said: "That is a matter for our lawyers." The company later said: "We accept the judgment in full."';
    assert.deepStrictEqual(speakers(text), ['Bannister', 'Castell Build Ltd']);
  });

  it('keeps the company as written when the text names no company', () => {
    const text = 'Outside, Bannister said only: "That is a matter for our lawyers." The company said: "We accept the judgment in full."';
    assert.deepStrictEqual(speakers(text), ['Bannister', 'the company']);
  });

  it('leaves a quotation closed by a comma to the clause after it', () => {
    const text = 'Castell Build Ltd was fined £400,000. "That is a matter for our lawyers," Bannister said, and the company said nothing.';
    assert.deepStrictEqual(speakers(text), ['Bannister']);
  });
});
