import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// "Florence turned to her cousin. “How can you speak so, Curtis?”": the relative the narration turns someone to, when
// the words that follow address a person by name, is that person; so "said his cousin" after Curtis speaks is Florence.
describe('relatives the words that follow address', () => {
  it('ties "her cousin" to the one her next words address, and reads "said his cousin" as her', () => {
    const text = [
      'Curtis Ward and Florence Lane sat in the library with their uncle, Mr. Lane.',
      '',
      'Florence turned to her cousin with a frown.',
      '',
      '"How can you speak so, Curtis?" she asked.',
      '',
      '"I am sure Florence agrees with me," said Curtis.',
      '',
      '"Florence can speak for herself," said his cousin coldly.',
    ].join('\n');
    const said = speakers(text);
    assert.deepStrictEqual(said, ['Florence Lane', 'Curtis Ward', 'Florence Lane']);
  });

  it('reads "said her cousin" as a speech clause', () => {
    const text = ['Maud Price had come to stay for the summer.', '', '"The garden is lovely," said her cousin.'].join('\n');
    const [said] = attributions(text);
    assert.strictEqual(said.mention?.text, 'her cousin');
  });
});
