import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// In a scene of three, a speaker who calls "Mother" calls their own mother, who answers, rather than whoever spoke
// before them; also when the words break off on the call.
describe('a kin word a known speaker calls someone by', () => {
  const scene = (words: string) => [
    'Mrs. Pybus sat by the window with her son Walter beside her. An uncle from Deal had the chair by the door.',
    '“He was always a joker,” said the uncle from Deal.',
    `“It was no joke,” said Walter. “${words}”`,
    '“Hush, Walter.”',
  ].join('\n\n');

  it('calls the speaker’s mother, who answers', () => {
    assert.deepStrictEqual(speakers(scene('Mother, it was an insult.')).slice(-1), ['Mrs. Pybus']);
  });

  it('calls her also when the words break off on the call', () => {
    assert.deepStrictEqual(speakers(scene('It was an insult. Mother — ')).slice(-1), ['Mrs. Pybus']);
  });
});
