import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Miss" is an unmarried woman's title and "Mrs" a married one's: of two women sharing a surname, "Mrs. Wendover" is
// never the one the text called "Miss Sophronia Wendover", however recently she was spoken of.
describe('Mrs and Miss of one surname', () => {
  it('gives "Mrs. Wendover" to the married woman, not to the aunt called Miss', () => {
    const text = [
      'Ruth Wendover had been a minister\'s wife for eighteen years, and a widow for two. Miss Sophronia Wendover was their father\'s elder sister, who had never married; she lived in Boston and wrote to them four times a year.',
      'Con groaned aloud. "Then it\'s about our manners."',
      'Mrs. Wendover unfolded the letter and read it aloud, in the dry little voice which the girls always used for Aunt Sophronia.',
      '"Eight dollars a month," said Mrs. Wendover softly.',
      '"You never told me," said Hetty.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Con', 'Ruth Wendover', 'Hetty']);
  });

  it('gives "Miss Wendover" to the unmarried one, not to the one called Mrs', () => {
    const text = [
      'Mrs. Ruth Wendover kept the house in Linden Street. Sophronia Wendover, her husband\'s sister, had come from Boston for the winter.',
      'Con groaned aloud. "Then it\'s about our manners."',
      'Ruth Wendover unfolded the letter and read it aloud.',
      '"Nonsense," said Miss Wendover sharply.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Con', 'Sophronia Wendover']);
  });
});
