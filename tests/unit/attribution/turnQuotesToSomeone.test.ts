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

  it('is the speaker\'s relative after "I rang my dad, and he said", not a man an earlier turn named', () => {
    const text = [
      'The goalkeeper Tamsin Rouse spoke to presenter Gwyn Ellery about the injury that ended her season.',
      'ELLERY: Who came to see you?',
      'ROUSE: Our coach, Ben Hollis, came the first night and barely spoke.',
      'ELLERY: And after that?',
      'ROUSE: After that I rang my dad, and he said, "You will play again, so stop sulking." He was right.',
    ].join('\n');
    const { quotations } = analyzeDocument(text, 'plaintext');
    const got = quotations.filter((q) => text.slice(q.inner.start).startsWith('You will play')).map((q) => q.attribution.speaker);
    assert.deepStrictEqual(got, ['my dad']);
  });

  it('is not a relative of the other sex ("I rang my mum, and he said")', () => {
    const text = [
      'The goalkeeper Tamsin Rouse spoke to presenter Gwyn Ellery about the injury that ended her season.',
      'ROUSE: I rang my mum, and he said, "Put her on the phone." That was her new husband.',
    ].join('\n');
    const { quotations } = analyzeDocument(text, 'plaintext');
    const got = quotations.filter((q) => text.slice(q.inner.start).startsWith('Put her')).map((q) => q.attribution.speaker);
    assert.notDeepStrictEqual(got, ['my mum']);
  });
});
