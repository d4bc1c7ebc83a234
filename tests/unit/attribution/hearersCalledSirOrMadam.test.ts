import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Waiting for the Exeter train, madam?": words ending on a bare "madam" or "sir" are answered, right after them, by
// someone of that gender.
describe('a turn ending on "madam" or "sir"', () => {
  const scene = (call: string) => [
    'Harriet Moss paced the platform while her husband Gerald read the timetable.',
    '"It says four-fifteen," said Gerald.',
    '"It\'s half past."',
    `A waiter came up behind them with a tray. "Waiting for the Exeter train, ${call}?"`,
    '"We are."',
  ].join('\n\n');

  it('is answered by a woman after "madam"', () => {
    assert.strictEqual(speakers(scene('madam'))[3], 'Harriet Moss');
  });

  it('is answered by a man after "sir"', () => {
    assert.strictEqual(speakers(scene('sir'))[3], 'Gerald');
  });
});
