import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A rank before a shared surname ("Captain Marchbank") is the one of its bearers the text gave that rank, by any form
// of the name ("his nephew Captain Hugh Marchbank"), not whichever Marchbank came first.
describe('a rank and a shared surname', () => {
  const opening = 'The will of the late Mr. Edwin Marchbank was read in the library. There were present Mr. Tull, who had drawn it, the old man\'s niece Miss Ann Marchbank, and his nephew Captain Hugh Marchbank, of the 54th.';

  it('is the bearer given that rank when it tags a quotation', () => {
    const text = [opening, 'Mr. Tull read the will through.', '"Is that all?" said Captain Marchbank.'].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Hugh Marchbank']);
  });

  it('is the bearer given that rank when a turn calls it, so the answer is his', () => {
    const text = [
      opening,
      'Mr. Tull read the will through. Captain Marchbank, who had sat with his legs crossed, uncrossed them.',
      '"That is all, I suppose, Tull?"',
      '"Not quite all, Captain Marchbank." Mr. Tull turned a leaf. "There is a codicil."',
      '"A codicil?"',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Hugh Marchbank', 'Mr. Tull', 'Mr. Tull', 'Hugh Marchbank']);
  });
});
