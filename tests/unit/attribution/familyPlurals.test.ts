import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The three Miss Hollises", "the Brands": the plural of a surname the text gives someone ("Mrs. Hollis", "Peter
// Brand") is their family, a group, never the one person a he/she or a turn is.
describe('attribution: a family called by its surname in the plural', () => {
  it('takes no family in the plural for the she who speaks', () => {
    const text = [
      'Mrs. Hollis had never been so much in want of news. The three Miss Hollises were all at home.',
      '“He is to have the rooms over the saddler’s,” said she.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[0], 'Miss Hollises');
  });

  it('still reads a surname that ends in s as one person', () => {
    const text = ['Gareth Jones came in from the yard.', '“The ewes are out,” said Jones.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Gareth Jones']);
  });
});
