import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// "A school governor gave a different account. “…,” the governor, who also asked not to be named, said.": giving an
// account reports speech, so the definite phrase after is that description; the relative clause between the phrase
// and its verb ("who also asked not to be named") is neither the clause's verb nor too long a gap.
describe('an unnamed source giving a different account', () => {
  const text = [
    'Sarah Finch, the head teacher, said the doors had been locked at six. "Nobody could get in," she said.',
    'A school governor gave a different account. "The side gate was open all evening," the governor, who also asked not to be named, said. "Anyone could walk in."',
  ].join('\n\n');

  it('credits the description the sentence before opened with', () => {
    assert.deepStrictEqual(speakers(text), ['Sarah Finch', 'a school governor', 'a school governor']);
  });

  it('reads the clause past a relative clause set off by commas', () => {
    const [a] = attributions('"It was a waste of money," the treasurer, who has served on the board since 2015, said.');
    assert.deepStrictEqual([a.mention?.text, a.cue], ['the treasurer', 'said']);
  });
});
