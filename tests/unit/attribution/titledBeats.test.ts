import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Warden wheezed and wrote in the ledger. “And this?”": a title written with its capital, after "the", opening
// the sentence that leads into a quotation, is who speaks it, as "The doctor bent down." is.
describe('a capitalised title leading into a quotation', () => {
  it('credits the titled one, not the man of the turn before', () => {
    const text = [
      'Hobb Tallow led the cart under the arch to the table where the Warden sat.',
      '“Tinker Tallow. I was told they hanged you,” said the Warden.',
      '“They tried, your honour,” said Hobb.',
      'The Warden wheezed, which was how he laughed, and wrote something in the ledger. “And this?”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Hobb Tallow', 'the Warden']);
  });
});
