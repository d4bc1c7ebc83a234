import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// An interview feature's writer asks short questions with no clause between two answers of the one interviewed: the
// question is the writer's, not the turn of someone quoted earlier in the piece.
describe('the writer’s bare questions between two answers', () => {
  it('gives a bare question between two turns of the interviewee to the byline’s writer', () => {
    const text = [
      'The potter who would not sell',
      'By Clara Binns',
      'Walter Eke throws pots in a shed behind his house. “I make forty a week,” he says. “I keep two.”',
      '“What happens to the rest?” I ask.',
      '“I break them. A pot that is nearly right is worse than none.”',
      'His neighbour, the painter Ruth Moss, has bought one of his bowls. “He sold it to me by accident,” Moss says. “He was asleep.”',
      'Eke laughs at this. “She makes it sound like I was drunk.”',
      '“Were you?”',
      '“I was tired. It is different.”',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), [
      'Walter Eke', 'Walter Eke', 'Clara Binns', 'Walter Eke', 'Ruth Moss', 'Ruth Moss', 'Walter Eke', 'Clara Binns', 'Walter Eke',
    ]);
  });
});
