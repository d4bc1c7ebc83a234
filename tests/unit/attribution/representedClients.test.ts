import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Ricardo Feltz, who represents Oyelaran,": one who represents a person is their agent or lawyer, whom the text then
// calls "the agent"; one who represents a place is its member, no one's agent.
describe('roles of one who represents a person', () => {
  it('takes "the agent" for the one "who represents" the player', () => {
    const text = [
      'The club rejected a third bid for striker Jonah Pike on Tuesday.',
      '',
      'Marco Bellini, who represents Pike, responded within the hour. Chairman Owen Ross said the club would not sell.',
      '',
      'The agent later said that "everyone knows what he wants."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Marco Bellini']);
  });

  it('makes no agent of one who represents a place', () => {
    const text = [
      'Marco Bellini, who represents Westbury, backed the plan. Chairman Owen Ross said the club would not sell.',
      '',
      'The agent later said that "everyone knows what he wants."',
    ].join('\n');
    assert.notStrictEqual(speakers(text)[0], 'Marco Bellini');
  });
});
