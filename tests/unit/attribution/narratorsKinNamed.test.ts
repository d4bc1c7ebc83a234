import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "my aunt, Miss Keziah Polglase,": any family tie (aunt, cousin, grandmother, not only the closest kin) a narrator
// gives a name in apposition makes "said my aunt" that person, and no other of the narrator's relatives.
describe('the narrator’s relatives named in apposition', () => {
  it('reads "said my aunt" as the aunt the narration named, and "my mother" as no one else', () => {
    const text = [
      'We lived, the three of us, in the end cottage: my mother, and I, and my aunt, Miss Hester Quayle, who had kept the house.',
      '',
      '"That will be the rent," said my aunt.',
      '',
      '"It will do," said my mother.',
      '',
      '"I will go up to the chapel," said my aunt.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Hester Quayle', 'my mother', 'Hester Quayle']);
  });

  it('reads "said my cousin" as the cousin named before the name', () => {
    const text = 'My cousin Rhoda Fane had come down for the summer, and my uncle with her.\n\n"It is very hot," said my cousin.';
    assert.deepStrictEqual(speakers(text), ['Rhoda Fane']);
  });
});
