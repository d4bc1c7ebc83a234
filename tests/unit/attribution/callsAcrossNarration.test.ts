import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…” ¶ Mr. Sallow took off his spectacles. ¶ “…in that window, Sallow, …”": a turn after narration about someone,
// calling them, turns to them anew; it does not say that they spoke the turn before the narration.
describe('a turn calling the one the narration before it is about', () => {
  it('leaves the turn before that narration to the alternation', () => {
    const text = [
      'Judith Kell and her cousin Lionel Kell faced each other across the table, and the lawyer, Mr. Sallow, stood by the window.',
      '"I pretend nothing, Lionel," said Judith.',
      '"You were alone with him all that winter," said Lionel.',
      '"I was. Somebody had to be."',
      '"And you mean to say that a man who could not tell one day from the next—"',
      '"He could tell the days apart very well. It was his nephew he could not tell from a stranger."',
      'Mr. Sallow took off his spectacles and began to polish them with great care.',
      '"He told me at Easter," said Lionel, "standing in that window, Sallow, that the place was mine."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[4], 'Judith Kell');
  });

  it('still names the one it answers with no narration between', () => {
    const text = [
      'Judith Kell and her cousin Lionel Kell faced each other across the table, and the lawyer, Mr. Sallow, stood by the window.',
      '"I pretend nothing, Lionel," said Judith.',
      '"You were alone with him all that winter," said Lionel.',
      '"I was. Somebody had to be."',
      '"Is that so?"',
      '"It is so, Lionel, and you know it."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[3], 'Lionel Kell');
  });
});
