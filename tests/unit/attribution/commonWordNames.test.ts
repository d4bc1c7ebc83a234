import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A name that is also a common word ("Young", "Good") reads as an exclamation when called out, unless a speech clause
// has named someone by it: then "Shut up, Young!" calls that person, and the uncued turn it answers is theirs.
describe('a speaker named by a common word', () => {
  const scene = (clause: string) => [
    `"I have a reason for coming," ${clause}. "I always have."`,
    'I looked at him again. "What is it?" I asked.',
    '"Well, if you must know, I am getting too fat."',
    '"Shut up, Young!" said Sir Henry.',
  ].join('\n\n');

  it('is called by that word once a speech clause gave it', () => {
    assert.deepStrictEqual(speakers(scene('said Young')), ['Young', 'Young', 'I', 'Young', 'Sir Henry']);
  });

  it('is no one called when no clause gave it', () => {
    assert.notStrictEqual(speakers(scene('he said'))[3], 'Young');
  });
});
