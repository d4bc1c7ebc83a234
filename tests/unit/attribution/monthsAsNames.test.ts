import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "said June", "Will asked": a common given name that is also a month or a modal verb names the speaker beside a
// speech verb; elsewhere ("In June,") it stays the word.
describe('given names that are also common words', () => {
  it('name the speaker of a speech clause, before the verb or after it', () => {
    const text = [
      '“The boat is gone,” said June from under the blanket.',
      '“Since when?” Will asked.',
      '“Since the storm,” June said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['June', 'Will', 'June']);
  });
});
