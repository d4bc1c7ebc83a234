import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Northern Football League said … the NFL said": news often drops the brackets; initials used after a body was
// named in full stand for that name.
describe('initials of a body named in full before them, with no brackets', () => {
  it('credits the name in full to a speech clause giving its initials', () => {
    const text = 'The Coastal Rowing Federation said on Monday that the race would be rerun. “Safety comes first,” the CRF said in a statement.';
    assert.deepStrictEqual(speakers(text), ['the Coastal Rowing Federation']);
  });

  it('reads the name over the small words its initials leave out', () => {
    const text = 'The deal was approved by the Board of Harbour Trustees on Thursday. In a statement, the BHT said it had “received every document required”.';
    assert.deepStrictEqual(speakers(text), ['the Board of Harbour Trustees']);
  });

  it('leaves initials no name before them spells', () => {
    const text = 'The Coastal Rowing Federation said on Monday that the race would be rerun. “Safety comes first,” the CRA said in a statement.';
    assert.deepStrictEqual(speakers(text), ['CRA']);
  });
});
