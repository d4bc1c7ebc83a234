import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the undertaker's remarks", "some former remark": a speech verb's word after an article or a possessive name is a
// noun, so the phrase before it is no speaker.
describe('speech verbs written as nouns', () => {
  it('do not make the possessive before them a speaker', () => {
    const text = '"Death," quoted Walter Prescott, with whose mood the undertaker\'s remarks were in tune, "is the penalty that all must pay for the crime of living."';
    assert.deepStrictEqual(speakers(text), ['Walter Prescott', 'Walter Prescott']);
  });

  it('do not make a singular word before their plain form a speaker', () => {
    const text = 'Corwin Hale sat by the stove. Later he said, as if going back to some former remark of his:\n\n"No, I would not trust him."';
    assert.deepStrictEqual(speakers(text), ['Corwin Hale']);
  });

  it('leave a plural person noun before the plain form its subject', () => {
    const text = 'The square filled at noon. The farmers remark, as they always do: "The rain will come."';
    assert.deepStrictEqual(speakers(text), ['the farmers']);
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

// "A pleasant smile broke quietly over his lips": a speech verb's plain form after an article is a noun, so the
// sentence's subject is a thing, not an unnamed person a he/she after it could be.
describe('a smile, a laugh, a whisper as a sentence subject', () => {
  it('is no unnamed speaker for the he/she after it', () => {
    for (const opening of ['A pleasant smile broke quietly over his lips.', 'A smile broke over his lips.', 'A tolerant laugh escaped him.']) {
      const text = `Corwin Hale set down the razor. ${opening}\n\n"The mockery of it!" he said gaily.`;
      assert.deepStrictEqual(speakers(text), ['Corwin Hale'], opening);
    }
  });

  it('leaves an unnamed person brought in by a speech verb a speaker', () => {
    const text = 'Hale thanked the crowd. A council spokeswoman said the hall would reopen. "We value the market," she said.';
    assert.deepStrictEqual(speakers(text), ['a council spokeswoman']);
  });
});
