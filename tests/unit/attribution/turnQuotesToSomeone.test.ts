import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "I said to her, ‘…’" in a transcript turn: the words are the turn's speaker's, as after "I said, " or "I told her, ".
describe('a quotation after "I said to her" in a transcript turn', () => {
  it('is the turn\'s speaker\'s', () => {
    const text = [
      'The goalkeeper Tamsin Rouse spoke to presenter Gwyn Ellery about the injury that ended her season.',
      'ELLERY: What do you remember of the moment?',
      'ROUSE: The physio, Carys Lund, came running over and I said to her, "It is broken, isn\'t it?" and she just nodded.',
    ].join('\n');
    const { quotations } = analyzeDocument(text, 'plaintext');
    const got = quotations.filter((q) => text.slice(q.inner.start).startsWith('It is broken')).map((q) => q.attribution.speaker);
    assert.deepStrictEqual(got, ['Tamsin Rouse']);
  });
});
