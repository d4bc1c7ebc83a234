import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A first-person narrator's name from words the narration says were for "me", and from the letters they sign.
describe('a first-person narrator named by words said to them', () => {
  const scene = (turnedTo: string) => [
    'I had carried the crate up from the dock myself, and my arms were shaking by the time I got it to the shed.',
    'Wendell and Orrin were already inside, arguing over the lamp, and I stood in the door and waited for them to stop.',
    '"It smokes because you trim it wrong," said Orrin.',
    '"It smokes because it is old," said Wendell.',
    `Then Orrin ${turnedTo}. "Marisol, you tell him. You filled it last."`,
    '"Leave her out of it," said Wendell.',
    'I set the crate down and said nothing for a while. My arms hurt.',
    '"I filled it with what was in the can," I said.',
  ].join('\n\n');

  it('takes the name words turned to "me" call, for all the narrator\'s turns', () => {
    assert.deepStrictEqual(speakers(scene('turned round to me')), ['Orrin', 'Wendell', 'Orrin', 'Wendell', 'Marisol']);
  });

  it('does not take it when the narration turns the words to someone else', () => {
    assert.strictEqual(speakers(scene('looked at me, then turned square to Wendell')).at(-1), 'I');
    assert.strictEqual(speakers(scene('turned round to me')).at(-1), 'Marisol');
  });
});

describe('a first-person narrator named by the letters they sign', () => {
  const letter = (closing: string, signature: string) => [
    'I arrived on Tuesday in a downpour, and the housekeeper met me at the gate with an umbrella that had lost half its ribs.',
    '"You are expected," she said. "Though not so early."',
    '"The train was kind to me for once," I said, and I did not ask what she meant by it.',
    `${closing}\n${signature}`,
  ].join('\n\n');

  it('takes the name on the line after the complimentary close', () => {
    assert.strictEqual(speakers(letter('Your affectionate sister,', 'Perpetua Vail')).at(-1), 'Perpetua Vail');
  });

  it('takes no name from a line that closes nothing', () => {
    assert.strictEqual(speakers(letter('The rain went on all night,', 'Perpetua Vail')).at(-1), 'I');
  });
});
