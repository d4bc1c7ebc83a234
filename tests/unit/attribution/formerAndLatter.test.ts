import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Mr. Brooke came in with Sir James. “…,” asked the former. “…,” replied the latter.": the first and the second of
// the two people the text just named.
describe('the former and the latter', () => {
  it('gives "the former" and "the latter" to the first and second of the two just named', () => {
    const text = [
      'Mr. Brooke came into the library with Sir James Chettam.',
      '',
      '"Shall we walk?" asked the former.',
      '',
      '"With pleasure," the latter replied.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Brooke', 'James Chettam']);
  });

  it('leaves "the latter" as written when no sentence near names two people', () => {
    const text = ['Mr. Brooke came into the library alone.', '', '"With pleasure," replied the latter.'].join('\n');
    assert.strictEqual(speakers(text)[0], 'the latter');
  });
});
