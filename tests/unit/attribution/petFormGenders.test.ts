import * as assert from 'node:assert';
import { petFormGender } from '../../../server/src/engine/attribution/givenNames';
import { speakers } from '../../helpers/attributionText';

// "Rab Baird": a pet form marks the gender of the formal names it stands for (Rab of Robert: a man), so a "he" may go
// on with him; one standing for names of both genders ("Kit", "Sandy") marks none.
describe('genders of pet forms', () => {
  it('reads Rab, Tam and Pete as men, Peggy as a woman, Kit and Sandy as neither', () => {
    assert.deepStrictEqual(['rab', 'tam', 'pete', 'peggy', 'kit', 'sandy'].map(petFormGender), ['m', 'm', 'm', 'f', undefined, undefined]);
  });

  it('gives the he after "said Rab Baird" to him, and his wife the she, not to a man named earlier', () => {
    const text = [
      'There was only one man who answered to both, and his name was Hector Lyle.',
      '“It is that,” said Rab Baird. He spat into the burn. “The wife will have the kettle on.”',
      'The wife was a little brisk woman.',
      '“The poor lambs,” she said at last.',
      '“Hush, woman,” said her husband from the settle.',
      'I remember Mrs. Baird’s hand on my shoulder.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rab Baird', 'Rab Baird', 'Mrs. Baird', 'Rab Baird']);
  });
});
