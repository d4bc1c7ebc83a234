import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A man in a grey coat came up behind them. “Waiting for the Exeter train?”": someone a or an brings into the scene
// in the sentence before a quotation is its speaker, whatever the noun, and a party to the conversation that goes on.
describe('a newcomer the narration brings in before words', () => {
  const scene = (arrival: string) => [
    'Harriet Moss paced the platform while her husband Gerald read the timetable.',
    '"It says four-fifteen," said Gerald.',
    '"It\'s half past."',
    `${arrival} "Waiting for the Exeter train?"`,
    '"We are."',
    '"She\'s been held at Taunton. A cow on the line."',
  ].join('\n\n');

  it('speaks, and answers the one who answered them', () => {
    assert.deepStrictEqual(speakers(scene('A man in a grey coat came up behind them, pushing a trolley.')),
      ['Gerald', 'Harriet Moss', 'a man', 'Harriet Moss', 'a man']);
  });

  it('may come in with the sentence\'s last clause', () => {
    assert.deepStrictEqual(speakers(scene('The train lurched, and a boy in a school cap stumbled in from the corridor.')),
      ['Gerald', 'Harriet Moss', 'a boy', 'Harriet Moss', 'a boy']);
  });

  it('is a waiter as much as a man', () => {
    assert.deepStrictEqual(speakers(scene('A waiter came up behind them with a tray.')),
      ['Gerald', 'Harriet Moss', 'a waiter', 'Harriet Moss', 'a waiter']);
  });
});
