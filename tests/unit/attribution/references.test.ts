import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Who a he/she or a role phrase refers to in fiction: people named only in dialogue, scenes, kin of the narrator.
describe('attribution references', () => {
  it('gives a phrase turn to a woman the previous turn addresses by an honorific the narration never uses', () => {
    const text =
      'The surgeon bent over the bed for a long while.\n\n' +
      '"It is over, Mrs. Pim," said the surgeon at last.\n\n' +
      '"Ah, the poor dear," said the old woman, picking up the cork.\n';
    assert.deepStrictEqual(speakers(text), ['the surgeon', 'Mrs. Pim']);
  });
});
