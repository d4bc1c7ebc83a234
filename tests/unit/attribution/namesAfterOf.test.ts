import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The lead role of Ada Pell is played by Rosalind Okoye-Hart, who …. “…,” the 38-year-old said": a name after "of"
// is what the sentence's subject is of (a part, a death, a book), not whom news goes on to call by an age.
describe('a name after "of" in the sentence before a description', () => {
  it('gives "the 41-year-old" to the one playing the part, not the part', () => {
    const text = [
      'The title role of Mara Quell, a ferry captain, is played by Joan Bexley, who first acted in the hall in 1999.',
      '"I was a tree in the pantomime," the 41-year-old said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Joan Bexley']);
  });

  it('still gives it to a name opening the sentence', () => {
    const text = [
      'Joan Bexley plays the title role of Mara Quell, a ferry captain.',
      '"I was a tree in the pantomime," the 41-year-old said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Joan Bexley']);
  });
});
