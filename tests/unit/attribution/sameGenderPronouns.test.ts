import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Two men named in the last sentences: news keeps a he on the subject it has been following, not on a man named in
// a subordinate clause, even when the lexicon knows neither man's first name.
describe('he/she between two people of one gender', () => {
  it('keeps "he" on the man a sentence-opening "He" followed, though his first name says nothing', () => {
    const text = [
      'Striker Kieran Walsh won the penalty when he went down under a challenge from defender Oliver Dent.',
      'Walsh rejected the claim. He said Dent had caught his ankle. "I have got the stud marks to prove it," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Kieran Walsh']);
  });

  it('keeps "she" on a woman who speaks in the sentence before, though its relative clause names another', () => {
    const text = 'Lena Byrne made nine saves. Coach Amy Osei, who signed Byrne in June, said the keeper had been outstanding. "She kept us in it," she said.';
    assert.deepStrictEqual(speakers(text), ['Amy Osei']);
  });

  it('reads "defender Olly Dent" as a name, so the he after "Dent, who was booked," is the defender', () => {
    const text = [
      'Brackley manager Neil Parkes said the decision was wrong. Walsh went down under a challenge from defender Olly Dent.',
      'Dent, who was booked for the challenge, agreed with his manager. "There was no contact," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Olly Dent']);
  });
});
