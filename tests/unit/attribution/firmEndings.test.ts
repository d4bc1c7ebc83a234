import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Now Mercer Estates has declined to renew the lease. She announced …": a capitalised name ending in a word firms
// are named with ("Estates", "Developments", "Ventures") or the goods they sell ("Electricals", "Supplies") is a firm,
// and no "she" refers to a firm.
describe('firms named by their trade', () => {
  for (const firm of ['Corbel Estates', 'Harlow Developments', 'Pinder Ventures', 'Dobbs Electricals', 'Harrow Supplies', 'Pell Builders']) {
    it(`reads the "she" after "${firm}" as the woman the story is about`, () => {
      const text = `Ada Finch is on her knees in the kitchen. "I made too many," she says. Finch, 52, opened the cafe in 2005. ` +
        `Now ${firm} has declined to renew the lease.\n\nShe announced the closure in October. "Nineteen years," she wrote.`;
      assert.deepStrictEqual(speakers(text), ['Ada Finch', 'Ada Finch']);
    });
  }
});
