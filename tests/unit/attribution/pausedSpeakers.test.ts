import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "He stopped to refill his pipe." then an uncued turn: the one who spoke last broke off, and goes on, also when a
// listener stirs after the pause.
describe('narration that has the last speaker pause', () => {
  it('gives the next turn to the one who paused', () => {
    const text = [
      'Hugo Marsh lit his pipe and began. "It was on the ridge road, and I was nineteen, walking home alone."',
      '"Was there snow?" asked Tom.',
      '"Not then. There was a man standing with a lantern at the foot of the hill."',
      'He stopped to refill his pipe, and nobody said anything. The fire settled.',
      '"I walked for an hour along the top, and then I saw the lantern again."',
      '"Another shepherd," said Tom.',
      '"There was nobody holding it."',
      'He stopped again. Tom leaned forward.',
      '"The name on the stone was mine."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hugo Marsh', 'Tom', 'Hugo Marsh', 'Hugo Marsh', 'Tom', 'Hugo Marsh', 'Hugo Marsh']);
  });

  it('leaves the alternation when someone else pauses', () => {
    const text = [
      'Hugo Marsh sat by the fire with Tom.',
      '"It was on the ridge road," said Hugo Marsh.',
      '"Was there snow?" asked Tom.',
      'Hugo paused.',
      '"Not then."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hugo Marsh', 'Tom', 'Hugo Marsh']);
  });
});
