import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "her Ayah did not come. She …": a woman named right after another woman's "her" is her relation, and the owner the
// sentences were about stays the likelier one a she refers to.
describe('a she after "her X", X a woman', () => {
  it('refers to the owner the sentence before was about, not to X', () => {
    const text = [
      'Mary Lennox woke late, and Ayah was not there to dress her.',
      'The servants whom Mary saw hurried about with scared faces. No one would tell her anything and her Ayah did not come. She went out into the garden alone and played under a tree, growing more and more angry.',
      '"Pig! Pig! Daughter of pigs!" she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mary Lennox']);
  });
});
