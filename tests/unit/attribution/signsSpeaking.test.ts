import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "His name tag said “Happy to help!”", "The bumper sticker read “…”": words written on a thing are the thing's,
// not the words of the person wearing or driving it.
describe('words written on things', () => {
  it('credits a name tag, a sticker, an inscription with their words', () => {
    const text = [
      'Owen Hale came round the counter. His name tag said OWEN and, underneath, “Happy to help!”',
      'Outside, Mara Quist was leaning on her van. The bumper sticker said “Honk if you love llamas.”',
      'Over the church door the inscription read “Enter in peace.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the name tag', 'the bumper sticker', 'the inscription']);
  });
});
