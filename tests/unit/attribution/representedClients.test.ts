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

  it('takes "the lawyer" for the one "who represents" the families, over the minister quoted since', () => {
    const text = [
      'Ruth Adair, who represents the families of nine of the dead, sat at the back of the hall. Minister Paul Grey spoke first.',
      '',
      '"We have answers," Mr Grey said. The lawyer said the report was "a start, and only that."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Paul Grey', 'Ruth Adair']);
  });
});
