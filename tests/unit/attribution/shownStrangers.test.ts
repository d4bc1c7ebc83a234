import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A woman with a lantern came up the lane. … “…,” the woman said": a plain noun's tag is the stranger the narration
// showed by what sets her apart.
describe('a stranger the narration showed, tagged by the plain noun', () => {
  it('names "the woman" by the description that brought her in', () => {
    const text = [
      'Ezra and Dot waited at the gate until a woman with a lantern came up the lane and stopped beside the post.',
      '“Lost your way?” the woman said.',
      '“We are looking for the ferry,” Dot said.',
      '“Then you are late for it,” said the woman.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a woman with a lantern', 'Dot', 'a woman with a lantern']);
  });

  it('keeps the plain tag when the description only tells what she did', () => {
    const text = [
      'Ezra and Dot waited at the gate, and a woman who had walked from the mill stopped beside the post.',
      '“Lost your way?” the woman said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the woman']);
  });

  it('keeps the plain tag when a modifier of the tag is not the description\'s', () => {
    const text = [
      'Ezra waited at the gate, and a woman with a lantern stopped beside the post.',
      '“Lost your way?” said the old woman.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the old woman']);
  });
});
