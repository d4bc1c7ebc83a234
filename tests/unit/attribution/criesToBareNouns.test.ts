import * as assert from 'node:assert';
import { vocativesIn } from '../../../server/src/engine/attribution/dialogue';
import { speakers } from '../../helpers/attributionText';

// "“Whisht, woman,” said her husband": a word before a bare "woman" or "lad" is a cry or a command to them, not the
// hearer's name, so it gives the wife no first name; a given name so placed ("Mary, girl,") still calls her.
describe('cries before a bare noun for the hearer', () => {
  it('takes no name from "Whisht, woman," or "Steady, lad."', () => {
    assert.deepStrictEqual(vocativesIn('Whisht, woman, they are big enough.'), []);
    assert.deepStrictEqual(vocativesIn('Steady, lad. Steady.'), []);
    assert.deepStrictEqual(vocativesIn('Mary, girl, come in out of the rain.'), ['Mary']);
  });

  it('leaves the wife her husband’s surname, not the cry as her first name', () => {
    const text = [
      'Tam Dunlop took us into the kitchen. His wife was a small brisk woman who asked no questions.',
      '“The poor things,” she said at last. “They are worn out.”',
      '“Whisht, woman,” said her husband. “They are big enough.”',
      '“They will want their tea,” she said.',
    ].join('\n\n');
    assert.ok(!speakers(text).some((s) => /Whisht/.test(s ?? '')));
  });
});
