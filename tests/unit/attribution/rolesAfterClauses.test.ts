import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "In the letter, which was handed to the judge, Doyle wrote …": the comma after "the judge" closes a clause, and the
// name going straight on into its verb is the sentence's subject, not the judge in apposition.
describe('a role ending a clause before the sentence\'s subject', () => {
  it('does not make the name after it the role\'s holder', () => {
    const text = [
      'Judge Miriam Holt jailed Owen Pratt for four years on Friday.',
      'In a letter, which was read to the judge, Pratt wrote that he was "sorry for every second of it."',
      'The judge said the attack had been "cowardly and senseless." "You kicked a man who was already on the ground," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Owen Pratt', 'Miriam Holt', 'Miriam Holt']);
  });
});
