import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” he said to Oak": the one a clause says its words were for is not their speaker, however the conversation
// around it would reread the he.
describe('a he/she turn said to someone', () => {
  it('is never read as that person', () => {
    const text = [
      'Gabriel Oak paid the twopence, and the waggon went on through the gate.',
      'The gatekeeper watched it go. "That is a handsome maid," he said to Oak. "But she has her faults," said Gabriel.',
      '"True, Gabriel. And the worst of them is pride."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[0], 'the gatekeeper');
  });
});
