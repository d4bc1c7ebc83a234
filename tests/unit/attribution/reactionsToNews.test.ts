import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// In a conversation of three, two others crying out at someone's news ("Impossible!", "Preposterous!") leave the turn
// after them to the one who brought it, not to the first of the two, as alternation would.
describe('a turn after two cries at the news', () => {
  const scene = (second: string, third: string) => [
    '"I have news from the village," said Rose. "The old hall has been taken at last."',
    `${second} cried Mrs. Markham.`,
    `${third} shrieked Fergus.`,
    '"It has indeed, and by a widow who lives there quite alone."',
  ].join('\n\n');

  it('goes back to the one who brought the news', () => {
    assert.deepStrictEqual(speakers(scene('"Impossible!"', '"Preposterous!"')), ['Rose', 'Rose', 'Mrs. Markham', 'Fergus', 'Rose']);
  });

  it('alternates as before when the others said more than a cry', () => {
    const found = speakers(scene('"Impossible! Who would live in such a ruin?"', '"Surely nobody we know, unless they have lost their wits?"'));
    assert.strictEqual(found[4], 'Mrs. Markham');
  });
});
