import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A person named as a preposition's object in a phrase opening the sentence is not the he/she subject after it.
describe('a he/she after an opening phrase that names someone else', () => {
  it('is not the one a statement was read by', () => {
    const text = [
      'Greta Lind, 80, a retired midwife, did not attend the hearing.',
      'In a letter read to the panel by Ms Amadi, she said she had "lost all faith in the ward."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Greta Lind']);
  });

  it('is not the man a participle phrase asks about, of two men', () => {
    const text = [
      'Paul Mercer, the club chairman, spoke to reporters after the meeting.',
      'Asked about Tom Keane, he said: "We owe him a great deal."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Paul Mercer']);
  });

  it('is not the one a short phrase with no comma speaks to ("To Nora she said")', () => {
    const text = [
      'Marisol Vega checked the drip while Nora Kessling watched.',
      'Marisol wrote on her clipboard. To Nora she said quietly, “There is a family room down the hall.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Marisol Vega']);
  });

  it('is not the one a longer phrase with no comma names last ("In front of Winterbourne he paused")', () => {
    const text = [
      'Frederick Winterbourne sat in the garden. Randolph Miller came along the path with an alpenstock. In front of Winterbourne he paused, looking at him with a pair of bright little eyes.',
      '“Will you give me a lump of sugar?” he asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Randolph Miller']);
  });

  it('may be the subject of a clause that "after" opens', () => {
    const text = [
      'Greta Lind, 80, a retired midwife, did not attend the hearing.',
      'After Ms Amadi had read the letter aloud, she said: "I have nothing to add."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ms Amadi']);
  });

  it('credits a quotation standing after a sentence to its subject, not to one its opening phrase names', () => {
    const text = [
      'Nina Ostrow, who ran his campaign, is also his wife. Her husband, Pavel Ostrow, lost his seat by 212 votes.',
      'Asked whether her husband would stand again, Mrs Ostrow smiled. "You will have to ask him that."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nina Ostrow']);
  });
});
