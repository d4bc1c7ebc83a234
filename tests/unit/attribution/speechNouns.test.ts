import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the undertaker's remarks", "some former remark": a speech verb's word after an article or a possessive name is a
// noun, so the phrase before it is no speaker.
describe('speech verbs written as nouns', () => {
  it('do not make the possessive before them a speaker', () => {
    const text = '"Death," quoted Walter Prescott, with whose mood the undertaker\'s remarks were in tune, "is the penalty that all must pay for the crime of living."';
    assert.deepStrictEqual(speakers(text), ['Walter Prescott', 'Walter Prescott']);
  });

  it('leave the verb that comes after an object pronoun a verb', () => {
    const text = 'Amory Blaine was proud of his mother. "This son of mine," he heard her tell a room full of women one day, "is entirely charming."';
    assert.ok(!speakers(text).includes('Amory Blaine'));
  });
});

// "he heard her tell": the one heard speaking, written as an object pronoun, is a she to resolve, not a speaker "her".
describe('a speaker heard as an object pronoun', () => {
  it('is the person the pronoun refers to', () => {
    const text = 'Beatrice Blaine was proud of her son Amory Blaine. "This son of mine," he heard her tell a room full of women one day, "is entirely charming."';
    assert.deepStrictEqual(speakers(text), ['Beatrice Blaine', 'Beatrice Blaine']);
  });
});
