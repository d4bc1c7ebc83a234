import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A group of one role "led by" someone makes that person one of them: "the administrator" is the leader.
describe('leaders of groups', () => {
  it('takes "the administrator" for the one who leads the administrators, past a man quoted since', () => {
    const text = 'Marches Feeds collapsed in August. Administrators from Begbies Traynor, led by Ann Wise, said creditors would lose out. ' +
      'Farmer Gareth Pugh was owed £40,000. "I will never see it," he said. "We are talking to two buyers," the administrator said.';
    assert.deepStrictEqual(speakers(text), ['Gareth Pugh', 'Ann Wise']);
  });

  it('gives no role when what is led is no group of people ("The study was led by Mia Lund")', () => {
    const text = 'The study was led by Mia Lund. Ivo Brandt, an engineer, checked it. "It holds," the engineer said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Brandt']);
  });

  it('makes one named as one of a group of a role its holder: "Ana Sousa, one of the festival organisers," is the organiser', () => {
    const text = [
      'The Westbay Folk Festival was cancelled on Monday. Ana Sousa, one of the festival organisers, said it had "simply run out of money."',
      'The mayor, Tom Reyes, called it a blow. "It is a sad day," he said.',
      'She declined to name any buyers. Asked about wages, the organiser said: "I cannot promise anything today."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ana Sousa', 'Tom Reyes', 'Ana Sousa']);
  });
});
