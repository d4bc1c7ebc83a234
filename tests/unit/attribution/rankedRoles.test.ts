import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Odile Marchetti, a former appeal court judge": a role given with its rank ("former", "deputy") is still a person's
// role, so "Marchetti's campaign manager" is her staff, not a firm's, and the she after her name is hers.
describe('roles given with a rank', () => {
  for (const rank of ['former', 'deputy', 'acting']) {
    it(`reads "${rank} … judge" as a person, whose she follows`, () => {
      const text =
        `The board said Halvard, 64, had kept the chair against Odile Marchetti, a ${rank} appeal court judge who had won four members to her bid.\n\n` +
        `"Nothing changes," Halvard told reporters.\n\n` +
        `Marchetti rejected the result. "The count was wrong," she said.\n\n` +
        `Marchetti's campaign manager, Ines Brook, said they would appeal.`;
      assert.deepStrictEqual(speakers(text), ['Halvard', 'Odile Marchetti']);
    });
  }
});
