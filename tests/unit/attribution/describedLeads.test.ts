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

// "His mother sobbed." is about the mother, not about the "his": a relative the text does not name leads the turn, as
// "My uncle explained to old Cotter." is about the uncle.
describe('a relative opening the narration before an uncued turn', () => {
  it('leads the turn rather than the owner of the possessive', () => {
    const text = [
      'The little boy, still sleeping, was carried away by Walter Prescott.',
      'His mother sobbed now broken-heartedly.',
      '"What will happen to him, poor child?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['his mother']);
  });

  it('leads the turn for a relative of the narrator rather than the person the sentence speaks to', () => {
    const text = [
      'Walter Cotter was sitting at the fire, smoking, when I came downstairs.',
      'My uncle explained to old Walter Cotter.',
      '"The youngster and he were great friends."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['my uncle']);
  });

  it('leaves a named relative to the person the text names', () => {
    const text = [
      'Ellen Prescott sat by the window. Her son, Walter Prescott, came in from the yard.',
      'Her son stood by the door.',
      '"Is supper ready?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Prescott']);
  });
});

// "Meg lighted the lamp, Amy got up, and Jo forgot how tired she was.": the narration leads into the words of the one
// its last clause is about.
describe('a sentence of several clauses before an uncued turn', () => {
  it('leads the turn by the subject of its last clause', () => {
    const text = [
      'Meg March, Amy March and Jo March sat by the fire, and everyone brightened to welcome their mother.',
      'Meg stopped lecturing and lighted the lamp, Amy got out of the easy chair, and Jo forgot how tired she was as she sat up to hold the slippers nearer to the blaze.',
      '"They are quite worn out. Marmee must have a new pair."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jo March']);
  });

  it('does not take a possessive after "and" for that subject', () => {
    const text = [
      'Meg March and Jo March sat by the fire, and everyone brightened to welcome their mother.',
      'Meg lighted the lamp, and Jo\'s slippers were set by the blaze.',
      '"They are quite worn out."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Meg March']);
  });
});
