import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph's turn takes its speaker from its first cued quotation, which in news is often a phrase someone else
// said, reported by the paragraph's subject ("told the court that Mr Hale had called her “…”"). Its own he/she
// quotation is never reread to that speaker when the text shows them to be of the other gender.
describe('a turn speaker of the other gender', () => {
  it('keeps a she quotation with the woman, not the man whose words she reported', () => {
    const text = 'The cashier, Nadia Brook, 22, told the court that Mr Hale had called her "a useless child". She said: "He was shouting. I pressed the alarm."';
    assert.deepStrictEqual(speakers(text), ['Mr Hale', 'Nadia Brook']);
  });

  it('still gives a she quotation to the turn of a woman', () => {
    const text = 'The cashier, Nadia Brook, 22, told the court she had been "terrified". She said: "He was shouting. I pressed the alarm."';
    assert.deepStrictEqual(speakers(text), ['Nadia Brook', 'Nadia Brook']);
  });
});
