import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A sign speaks as the text refers to it; the people a sentence shows carrying signs reading words chose them.
describe('held signs', () => {
  it('credits "One read simply:" after placards to one placard, and "Another read:" to another', () => {
    const text = 'Outside the office, a small group of nurses stood with hand-painted placards. One read simply: "We care. Do you?" Another read: "Pay us."';
    assert.deepStrictEqual(speakers(text), ['one placard', 'another placard']);
  });

  it('credits placards the sentence shows a group carrying to that group', () => {
    const text = 'About 40 protesters gathered outside the town hall, some carrying placards reading "Save our library."';
    assert.deepStrictEqual(speakers(text), ['the protesters']);
  });

  it('reads no sign into "One said" after people', () => {
    const text = 'Two nurses waited outside the ward. One said: "We have been here all night."';
    assert.notStrictEqual(speakers(text)[0], 'one placard');
    assert.notStrictEqual(speakers(text)[0], 'one nurse placard');
  });
});
