import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A beat of narration naming no one before a turn's own sentence keeps the turn in the conversation's turn-taking.
describe('a turn after a beat naming no one', () => {
  it('answers the turn before, which called its speaker by name', () => {
    const text = [
      'Nell Price telephoned Tom Ash at three in the morning.',
      '"It\'s late," said Tom Ash.',
      '"She kept the books, Tom. Somebody is very worried about them."',
      'Another long breath on the line. "You are not going to stop."',
      '"No."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Ash', 'Nell Price', 'Tom Ash', 'Nell Price']);
  });

  it('is no turn when its quotation stands inside the narration\'s sentence', () => {
    const text = [
      'Board chair Gordon Price promised a review in January. "Nobody is pretending this is the final word," Price said.',
      '"My daughter walks home alone in the dark," said one mother, Anita Coyle. "I want her to have her phone."',
      'Lockers will be fitted from the first day of term. As for the office line, "It will work for a few more."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Gordon Price', 'Anita Coyle', 'Anita Coyle', null]);
  });
});
