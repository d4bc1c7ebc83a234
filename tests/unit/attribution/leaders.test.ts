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
});
