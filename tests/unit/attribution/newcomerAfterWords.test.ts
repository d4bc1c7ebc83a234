import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Is anyone sitting here?” A tall woman in a red coat was pointing at the seat.": someone a or an brings in with the
// sentence right after the words opening a paragraph spoke them; the one the narration had before answers.
describe('a newcomer brought in right after words', () => {
  const scene = (after: string) => [
    'Tom Hardy had the compartment to himself as far as Reading.',
    `"Is anyone sitting here?" ${after}`,
    '"No. Please."',
  ].join('\n\n');

  it('spoke them', () => {
    assert.deepStrictEqual(speakers(scene('A tall woman in a red coat was pointing at the empty seat.')), ['a tall woman', 'Tom Hardy']);
  });
});
