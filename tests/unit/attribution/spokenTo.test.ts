import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The one a speech clause says a question was put to ("she whispered to the nurse", "Anna asked Tom") answers it: an
// uncued turn right after is theirs, before the alternation of whoever spoke earlier or was named last.
describe('an uncued turn after a speech clause that names whom it was said to', () => {
  it('is the named person addressed, not the last one named', () => {
    const text = [
      'Anna Reed and Tom Hale sat by the fire. Old Mr. Grey dozed in his chair.',
      '"Was it late when you came in?" Anna whispered to Tom.',
      '"Nearly midnight."',
      '"Then you must be tired."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anna Reed', 'Tom Hale', 'Anna Reed']);
  });

  it('is the person described, when the clause speaks to a description', () => {
    const text = [
      'Anna Reed lay in the bed. The doctor stood by the window.',
      '"Was it a girl or a boy?" she whispered to the doctor.',
      '"Another boy."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anna Reed', 'the doctor']);
  });

  it('is no group the words were told to', () => {
    const text = [
      'Anna Reed and Tom Hale sat by the fire.',
      '"Was it late when you came in?" Anna asked the neighbours.',
      '"Nearly midnight."',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'the neighbours');
  });
});
