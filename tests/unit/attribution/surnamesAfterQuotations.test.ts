import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Kyle Pike, 24, said …. ¶ “…,” Pike said": a lone surname several share, cueing a quotation that opens the next
// paragraph, is the bearer the sentence before made its subject; the quotation between them is no sentence of another.
describe('a lone shared surname after a paragraph of reported speech', () => {
  it('gives "Hollis said" to the brother just reported, not the dead man the family story is about', () => {
    const text = [
      'Sam Hollis, 19, died in hospital on Sunday from a single stab wound. A 20-year-old man has been charged with his murder.',
      'Hollis\'s family described him as a gentle giant. His mother, Anne Hollis, spoke briefly outside the family\'s home.',
      '"He was a good boy," she said.',
      'Sam\'s older brother, Rob Hollis, 24, said the family wanted the town to remember how he lived.',
      '"Don\'t let him be another name in the paper," Hollis said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Anne Hollis', 'Rob Hollis']);
  });
});
