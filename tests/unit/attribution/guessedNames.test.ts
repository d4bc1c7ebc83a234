import * as assert from 'node:assert';
import { vocativesIn } from '../../../server/src/engine/attribution/dialogue';

// "Mr. Venn, perhaps?": a name followed by a hedge and a question mark guesses at someone spoken of; it calls no one.
describe('a name guessed at with a hedge', () => {
  it('is no vocative', () => {
    assert.deepStrictEqual(vocativesIn('Mr. Venn, perhaps?'), []);
    assert.deepStrictEqual(vocativesIn('Her aunt, I suppose?'), []);
  });

  it('leaves a name that opens a question or a command a vocative', () => {
    assert.deepStrictEqual(vocativesIn('Mr. Venn, perhaps you will sit down?'), ['Mr. Venn']);
    assert.deepStrictEqual(vocativesIn('Mr. Venn, come here.'), ['Mr. Venn']);
  });
});
