import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News brings an unnamed source in once by a description and tags their quotations after by a shorter one: the
// source is one identity, named by that description.
describe('unnamed sources, from their description to the tag', () => {
  it('reads a nationality and a modifier before the noun as part of the description, not as a name', () => {
    assert.deepStrictEqual(speakers('“We watched them,” said a Dalmorian security official.'), ['a Dalmorian security official']);
    const tagged = 'The ministry named no one, but a senior Dalmorian security official said two were attachés.\n\n“We watched them for months,” the official said.';
    assert.deepStrictEqual(speakers(tagged), ['a senior Dalmorian security official']);
  });
});
