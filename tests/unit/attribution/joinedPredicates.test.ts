import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "“The woman from the council sat in my kitchen and told me, ‘…’”": a speech verb joined by "and" to the predicates
// before it shares their subject, the one the sentence or clause opened on.
describe('a speech verb inside a quotation joined by "and" to the predicates before it', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the described subject opening the sentence, past "told me"', () => {
    const text = 'Ada Lowe runs the corner shop. "The woman from the council sat in my kitchen and told me, \'The rent is going up,\' and that was that," Lowe said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Lowe'], [1, 'The woman from the council']]);
  });

  it('is "one of our drivers", past an opening clause and an object "it"', () => {
    const text = 'Ada Lowe runs the corner shop. "When I showed the van to the staff, one of our drivers opened it, looked inside, and said, \'Too small,\'" Lowe said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Lowe'], [1, 'one of our drivers']]);
  });

  it('is a subject "one" determines, as "a" would ("One old man … leaned on his stick and said to me")', () => {
    const text = 'Ada Lowe runs the corner shop. "One old man from the flats leaned on his stick by the till and said to me, \'Dear, where will I get my paper now?\'" Lowe said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Lowe'], [1, 'One old man from the flats']]);
  });

  it('leaves a pronoun subject to the clause ("I went in and said")', () => {
    const text = 'Ada Lowe runs the corner shop. "I went to the council and said, \'The rent is too high,\'" Lowe said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Lowe'], [1, 'Ada Lowe']]);
  });
});
