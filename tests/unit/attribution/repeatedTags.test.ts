import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

const nestedSpeakers = (text: string) =>
  analyzeDocument(text, 'plaintext').quotations.filter((q) => q.depth > 0).map((q) => q.attribution.speaker);

// A teller retelling a conversation names its speaker before the words and says "he says" again after them: the
// he/she is the name said first, not the one the words call, nor someone the narration brought up.
describe('a he/she tag repeating the name that introduced words told inside a quotation', () => {
  it('is the name of the clause before the words, through every tag that repeats it', () => {
    const text = [
      'Walter Brisk leaned on the counter of the forge and wiped his hands.',
      '“Old Crannock says to me, ‘Brisk,’ he says, ‘the mare is lame. Shoe her,’ he says, ‘before the fair.’ So I did,” said the smith.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text), ['Crannock', 'Crannock', 'Crannock']);
  });

  it('takes a she the same way, and a name the narration never gave, over a woman it did', () => {
    const text = [
      'Alfred Penn drove the carrier’s cart. He came home late, and his sister Jane Penn was waiting up for him.',
      '“I asked at the shop,” he said. “And Nell Parry says, ‘Not today,’ she says, ‘the bread is late.’”',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text), ['Nell Parry', 'Nell Parry']);
  });

  it('is not a name the text made the other sex', () => {
    const text = [
      'Mrs. Edith Rowe kept the shop by the church. She was a widow. Alfred Penn drove the carrier’s cart.',
      '“I asked at the shop,” Penn said. “And Mrs. Rowe says, ‘Not today,’ he says, ‘the bread is late.’”',
    ].join('\n\n') + '\n';
    assert.ok(!nestedSpeakers(text).includes('Edith Rowe'));
  });

  it('is not read through a tag of the other pronoun', () => {
    const text = [
      'Mrs. Edith Rowe kept the shop by the church. Her son Tom Rowe kept the accounts.',
      '“Tom Rowe says to me, ‘Ask her,’ and so I did. ‘Not today,’ she says, ‘the bread is late,’ he says,” said the carrier.',
    ].join('\n\n') + '\n';
    assert.notStrictEqual(nestedSpeakers(text)[2], 'Tom Rowe');
  });
});
