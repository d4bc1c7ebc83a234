import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A they that speaks is the group a plural noun of people in the sentence before (or its own) brought up.
describe('a they speech clause', () => {
  it('is the group the sentence before names by a plural noun of people, as the text calls it', () => {
    const text = [
      'Nell Dunn looked at the clock. “How long ago?”',
      'The boys looked at each other in the way that meant they were deciding who would answer.',
      '“A while,” they said together.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['the boys']);
  });

  it('reads the group after a verb that comes before it ("came the sound of the carol singers")', () => {
    const text = [
      'Aunt Hester Lisle laughed. From outside the door came the sound of the carol singers, rather flat and very loud.',
      '“We wish you a merry Christmas,” they sang.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the carol singers']);
  });

  it('is no group when only plural nouns of things go before it', () => {
    const text = 'Nell Dunn and Tom Reed shook the coats by the doors. “It is cold,” they said.';
    assert.deepStrictEqual(speakers(text), [null]);
  });
});
