import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The landlord?" speaks of no Theodore: a capitalised word of grammar opening a turn is no pet name ("Theo") of
// anyone, so it keeps no one out of the turn.
describe('a word of grammar opening a turn', () => {
  it('is no pet name of a given name it begins', () => {
    const text = [
      'The walk-in is where I go to think, so it is where Theodore Grant tells me. I have worked for him for six years, and I know my way round his moods.',
      'He pulls the door shut behind us and leans on the shelves. I lean on the door myself.',
      'He says, "We are closing. End of the month."',
      'I wait for the rest of it. My hands are cold.',
      '"The landlord?"',
      '"The landlord, the bank, my brother. Pick one."',
      '"Your brother?"',
      '"He wants his money back."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Theodore Grant', 'I', 'Theodore Grant', 'I', 'Theodore Grant']);
  });
});
