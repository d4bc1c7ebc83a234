import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Asked whom she would prefer to play, Arrieta smiled. “…”": a he/she in a phrase opening the sentence that leads into
// a quotation stands for the subject the sentence names after it; with none named, it is still read.
describe('a he/she in a phrase opening the sentence before a quotation', () => {
  it('gives way to the subject named after it', () => {
    const text = [
      'Coach Rosa Marin watched from the bench. “We were patient,” she said.',
      'Goalkeeper Ellen Waite made six saves. “I just tried to stay big,” she said.',
      'Westport will face the winner of the second semi-final next week.',
      'Asked whom she would prefer to play, Marin smiled. “I don’t care. I am not going to miss that final.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rosa Marin', 'Ellen Waite', 'Rosa Marin']);
  });

  it('is the speaker when no name follows it', () => {
    const text = [
      'Coach Rosa Marin watched from the bench. “We were patient,” she said.',
      'Asked whether she had expected to win, she shrugged. “Everyone expects to win.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rosa Marin', 'Rosa Marin']);
  });
});
