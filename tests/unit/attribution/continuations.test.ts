import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A news paragraph of quotation alone goes on with the last speaker of the paragraph before, when that paragraph
// opened with narration and ended with the quotation's clause.
describe('news continuation paragraphs', () => {
  it('gives a paragraph of quotation alone to the speaker whose clause ended the paragraph before', () => {
    const text = [
      'Ilka Strom has coached the side for six years. "We hit the post twice," Strom said after the defeat by Hollins Vale.',
      '"Against a side like that you need luck, and we had none."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ilka Strom', 'Ilka Strom']);
  });

  it('leaves alone a turn after a paragraph that opened with a quotation, as dialogue alternates', () => {
    const text = ['"Where were you?" asked Tomasz.', '"Out."'].join('\n\n');
    assert.notDeepStrictEqual(speakers(text)[1], 'Tomasz');
  });
});
