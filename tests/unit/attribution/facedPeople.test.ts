import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// In a scene of three, the one the narration has a speaker look at or turn to is whom the words are for: they answer
// the uncued turn after them, not whoever was named last before.
describe('an uncued turn after words said to someone the speaker looked at', () => {
  const scene = (beat: string, turn = `${beat} “Old Penrose. I heard the river took you.”`) => [
    'Silas Penrose waited by the wagon. The toll-keeper sat at his table with the ledger.',
    '“Name?” said the toll-keeper.',
    '“Ada Penrose,” said Ada, who had climbed down to stand by her uncle.',
    turn,
    '“It tried, sir. The water was too cold for it.”',
  ].join('\n\n');

  it('is the one looked at', () => {
    assert.deepStrictEqual(speakers(scene('The toll-keeper looked up at Silas, and his mouth twitched.')), ['the toll-keeper', 'Ada', 'the toll-keeper', 'Silas Penrose']);
  });

  it('is the one looked at after the words', () => {
    const turn = '“Old Penrose. I heard the river took you,” said the toll-keeper, looking up at Silas.';
    assert.deepStrictEqual(speakers(scene('', turn)).slice(-1), ['Silas Penrose']);
  });

  it('is the one glanced at', () => {
    assert.deepStrictEqual(speakers(scene('The toll-keeper glanced across at Silas, and his pen stopped.')), ['the toll-keeper', 'Ada', 'the toll-keeper', 'Silas Penrose']);
  });
});
