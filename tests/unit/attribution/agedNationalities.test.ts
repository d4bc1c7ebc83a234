import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "the 27-year-old Scot said": a nationality noun closing a description is its head, not a name called "Scot".
describe('nationalities after an age', () => {
  it('reads "the 27-year-old Scot said" as a description of the golfer just named', () => {
    const text = [
      'On Sunday Hamish Ure closed with a 68 and won the Atlantic Championship by a stroke from Kenji Morita.',
      '',
      '"I have dreamed about that putt since I was six," the 27-year-old Scot said.',
    ].join('\n');
    const [said] = attributions(text);
    assert.strictEqual(said.mention?.text, 'the 27-year-old Scot');
    assert.strictEqual(said.speaker, 'Hamish Ure');
  });
});
