import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A jury finds as one body, and a presidency speaks for its office: the words they are quoted for are theirs, not
// those of the person the finding is about ("the jury concluded that Mr Hale died … and that “…”").
describe('a jury and a presidency as bodies', () => {
  it('gives a jury the words of its conclusion, not the man it names', () => {
    const text = 'Owen Hale, 40, died in a cell. The jury concluded on Friday that Mr Hale died of heart failure and that "chances to save him were missed".';
    assert.deepStrictEqual(speakers(text), ['the jury']);
  });

  it('gives a presidency the words it thanked someone with', () => {
    const text = 'In a statement issued after the vote, Varnia\'s presidency thanked the observers "for their patience and their courage".';
    assert.deepStrictEqual(speakers(text), ['Varnia']);
  });
});
