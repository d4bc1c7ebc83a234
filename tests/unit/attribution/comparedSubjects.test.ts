import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Tom looked. A bush went past, with a duck in it, looking very much as if she meant to complain.": one an "as if"
// brings in only seems; the sentence leads into no one's words, and the alternation goes on.
describe('a he/she inside an "as if" of the narration', () => {
  it('is not whom the narration leads into', () => {
    const text = [
      'Mrs. Hale sat by the river with Tom Pike.',
      '"Look at the water," said Mrs. Hale.',
      'Tom looked. A whole bush went past them upside down, with a duck still sitting in it, looking very much as if she meant to complain about it.',
      '"Who keeps the lamp lit, then?"',
      '"Nobody. That is the trouble."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Hale', 'Tom Pike', 'Mrs. Hale']);
  });
});
