import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "Hosea says, ‘Not a dime,’ he says, ‘and there was gold …’": an incise splitting told words repeats the subject of
// the clause that opened them, so both halves are that subject's.
describe('told words split by a he/she incise', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('are, both halves, the one the clause opening them names', () => {
    const text = 'Jem Rudd sat on the rail. “Old Hosea Tuttle told my pap so, on the ferry. Pap says to him, ‘Hosea, was anything took off her?’ and Hosea says, ‘Not a dime,’ he says, ‘and there was gold in the trunk.’ That is what he said,” said Jem.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Jem Rudd'], [1, 'Pap'], [1, 'Hosea'], [1, 'Hosea']]);
  });

  it('leave the words told after them to their own clause', () => {
    const text = 'Dick Pounceby drank. “She did. Mrs. Lacey says to me, as civil as you please, ‘Is there a library,’ she says, ‘anywhere nearer than Aston?’ And I says, ‘No, ma’am.’” said Dick.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Dick Pounceby'], [1, 'Lacey'], [1, 'Lacey'], [1, 'Dick Pounceby']]);
  });
});
