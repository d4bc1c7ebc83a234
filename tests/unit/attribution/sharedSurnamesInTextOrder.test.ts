import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A lone surname two people bear is read where it stands: "Lidia Marek resigned … Marek, 51, said … that she" is
// Lidia, though her husband Piotr Marek, named further down, is the bearer "her husband" last called up.
describe('shared surnames read in text order', () => {
  it('gives "Marek, 51, said" to the minister named before, not to her husband named after', () => {
    const text = [
      'The health minister, Lidia Marek, resigned Thursday, two days after a newspaper revealed that a contract had gone to a company part-owned by her husband.',
      'Marek, 51, said in a letter to the prime minister that she had “done nothing unlawful.”',
      'The company is 30% owned by Piotr Marek, the minister’s husband. Piotr Marek, 54, said he had “never discussed the tender with my wife.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Lidia Marek', 'Piotr Marek']);
  });
});
