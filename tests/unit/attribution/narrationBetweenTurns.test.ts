import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Narration between two turns of a conversation may change who is in it ("We sent the boy upstairs. Anna and Tom sat
// down on the step."): the people it names answer the turns after it before anyone who spoke before it and whom it
// leaves out.
describe('narration between two turns', () => {
  it('names the other party before the speakers before it', () => {
    const text = [
      'Tom Reed, Anna Marsh and Luke Hart stood in the hall looking at the broken window.',
      '"Who broke it?" asked Luke.',
      '"Nobody," said Anna.',
      '"I am telling."',
      'We sent the boy upstairs with a biscuit. Anna and Tom sat down on the step to think.',
      '"We could glue it."',
      '"With what?"',
      '"The glue in the drawer."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Luke Hart', 'Anna Marsh', 'Luke Hart', 'Anna Marsh', 'Tom Reed', 'Anna Marsh']);
  });
});
