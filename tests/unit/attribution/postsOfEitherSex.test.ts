import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A senior fellow at a think tank" is a post held by women as often as men: it shows no gender, so the "she" after
// the fellow's own sentence is hers, not that of a woman quoted a paragraph earlier.
describe('posts held by either sex', () => {
  it('reads the she after a senior fellow as the fellow', () => {
    const text = [
      'The finance minister, Ottilie Brandvold, sounded tired. "We have done what we could," she said.',
      'Keziah Marlow, a senior fellow at the Ardent Policy Institute, said the budget was credible. "The numbers add up for once," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ottilie Brandvold', 'Keziah Marlow']);
  });

  it('reads the he after a research fellow as the fellow too', () => {
    const text = [
      'The finance minister, Ottilie Brandvold, sounded tired. "We have done what we could," she said.',
      'Rowan Ekwueme, a research fellow at the Ardent Policy Institute, disagreed. "The numbers do not add up," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ottilie Brandvold', 'Rowan Ekwueme']);
  });
});
