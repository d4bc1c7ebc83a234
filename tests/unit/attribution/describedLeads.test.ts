import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The narration just before an uncued turn leads into it through its subject: a description opening that sentence
// ("The auctioneer began by saying that Miss Ada Grey …") is the one about to speak, not the person it goes on to name.
describe('a description opening the narration before an uncued turn', () => {
  it('leads the turn ahead of a person the sentence names after it', () => {
    const text = [
      'The crowd pressed closer to the block.',
      'The auctioneer began by saying that Miss Ada Grey was fit for the finest drawing-room in the county.',
      '"How much, gentlemen, for this one?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the auctioneer']);
  });

  it('leaves the lead to a person named at the start of the sentence', () => {
    const text = [
      'The crowd pressed closer to the block.',
      'Ada Grey looked at the auctioneer without a word.',
      '"How much will they give for me?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ada Grey']);
  });

  it('leaves the lead to the person the text made the holder of the role', () => {
    const text = [
      'The auctioneer, Walter Prescott, mounted the stand.',
      'The auctioneer began by saying that Miss Ada Grey was fit for the finest drawing-room in the county.',
      '"How much, gentlemen, for this one?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Prescott']);
  });
});
