import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A first-person narration ("She didn't look up when I came in.") puts its teller in the scene: an uncued turn of the
// conversation it opens may be the narrator's before any clause has given them words. A description's turn is never
// the narrator's, and the numeral of a heading ("Chapter I") is no teller.
describe('a first-person narrator in the narration before a conversation', () => {
  it('takes part in it', () => {
    const text = [
      'I found Dolores in the back office, counting receipts. She didn\'t look up when I came in.',
      '"You\'re back early," she said.',
      '"The meeting was cancelled."',
      '"Then go home."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dolores', 'I', 'Dolores']);
  });

  it('is not a description that spoke', () => {
    const text = [
      'I sat by the fire with Douglas and the others, and nobody spoke to me for a while.',
      '"I know a story," said Douglas.',
      '"Then tell it," somebody exclaimed.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Douglas', 'somebody']);
  });

  it('is not the numeral of a heading', () => {
    const text = [
      'Chapter I. The Visitor.',
      '"You are not looking well tonight, uncle."',
      '"I am not well, Florence," said John Linden.',
      '"Don\'t say that," said Florence.',
      '"And I am worried too, Uncle John."',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[3], 'I');
  });
});
