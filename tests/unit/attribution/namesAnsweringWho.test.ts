import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "By who?" "Mr. Adeyemi. He said he'd call.": a name opening the answer to a question for a person is whom the
// answer is about, so it neither addresses the one who asked nor makes them the speaker of the question.
describe('a name answering a question for a person', () => {
  it('is not whom the answer addresses', () => {
    const text = [
      'Nell Ward was counting receipts in the back office when Tom Baines came in.',
      '"You\'re back early," said Nell.',
      '"The meeting was cancelled."',
      '"By who?"',
      '"Mr. Adeyemi. He said he would call."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nell Ward', 'Tom Baines', 'Nell Ward', 'Tom Baines']);
  });
});
