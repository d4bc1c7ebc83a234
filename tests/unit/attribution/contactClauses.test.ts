import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "…, and the rings she had refused to take off were loose now.": a he/she right after "the" and a noun opens a
// relative clause; the sentence is about the rings, and leads into no one's words.
describe('a he/she opening a relative clause with no "that"', () => {
  it('is not whom the narration leads into', () => {
    const text = [
      'Nora found her brother in the room.',
      '"She is asleep," said Declan. "Dad called. He wants to know if he should come."',
      'Nora put her bag on the floor. Ruth Kessling lay with her face turned toward the wall. One hand lay outside the blanket, and the rings she had refused to take off were loose now.',
      '"What did you tell him?"',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Nora');
  });

  it('leaves the subject after an opening phrase of place', () => {
    const text = [
      'Nora found her brother in the room.',
      '"She is asleep," said Declan.',
      'At the door she stopped.',
      '"Then I will come back later."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Nora');
  });
});
