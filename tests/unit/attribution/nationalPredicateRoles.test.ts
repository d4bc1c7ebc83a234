import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Callum Reece became British super-lightweight champion": a nationality qualifying a role given by "became" leaves
// it the person's role, so "said the champion" is the new champion, not the one he beat.
describe('predicate roles a nationality qualifies', () => {
  it('gives "the champion" to the one who became British champion', () => {
    const text = [
      'Callum Reece became British super-lightweight champion on Saturday night, stopping the defending champion Dario Vance.',
      '',
      'Reece said he would take a week off. "The scaffolding will not put itself up," said the champion.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Callum Reece']);
  });
});
