import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” a spokesperson for the growers' union in the north said": an unnamed person's description may close with where
// they speak for their body; the clause is still the quotation's, and the words after it go on being theirs.
describe('unnamed spokespeople with a place after their body', () => {
  it('credits a quotation to "a spokeswoman for the Hill Growers’ Union in the north" past the place', () => {
    const text = 'The water board said the scheme was sound. "Our members will pay for this," a spokeswoman for the Hill Growers’ Union in the north said. "Nobody asked them."';
    assert.deepStrictEqual(speakers(text), ['a spokeswoman for the Hill Growers’ Union', 'a spokeswoman for the Hill Growers’ Union']);
  });

  it('does the same at a place with a lower-case body ("a spokesman for the union at the depot said")', () => {
    const text = 'The company said talks would go on. "We are ready to strike," a spokesman for the union at the depot said.';
    assert.deepStrictEqual(speakers(text), ['a spokesman for the union']);
  });
});
