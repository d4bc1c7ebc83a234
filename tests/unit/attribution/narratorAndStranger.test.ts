import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// In a first-person story, a he/she turn is never the narrator's, even when no one was found for its pronoun (a
// stranger the text never names): the uncued turns answering it are the narrator's.
describe('an uncued turn next to a he/she turn of someone no one was found for, in a first-person story', () => {
  const scene = [
    'I walked home along the river in the dark, and I was afraid of every shadow.',
    '"Who are you?" I asked.',
    'Nobody answered for a long while. The wind rose over the marshes and the reeds bent low, and the tide ran out.',
    'Then the rain came on, and the lamps of the village went out one after another across the water.',
    'I waited by the gate until my hands were numb.',
    '"Now look here," he said at last. "You know what a rope is?"',
    '"Yes, sir."',
    '"And you know where the boats are kept?"',
  ].join('\n\n');

  it('is the narrator, who spoke in the turns before', () => {
    const got = speakers(scene);
    assert.strictEqual(got[0], 'I');
    assert.strictEqual(got[3], 'I');
    assert.notStrictEqual(got[4], 'I');
  });
});
