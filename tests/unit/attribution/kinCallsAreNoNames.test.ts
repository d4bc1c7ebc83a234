import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Please, Dad.", said twice, is a call, not a person named Dad: the turn it answers ("Will he?") is someone the text
// knows.
describe('a word for a relative said as a call', () => {
  it('is no name for the conversation to give a turn', () => {
    const text = [
      'Lily came down to breakfast late. Her mother, Ruth Ames, was buttering toast, and her father had hidden himself behind the paper.',
      '"You missed the bus," Ruth said.',
      '"I know."',
      '"Your father will have to drive you."',
      'The paper lowered an inch. "Will he?"',
      '"Please, Dad. I\'ll be quick."',
      'Frank Ames sighed and folded the paper. "Five minutes."',
      '"Thanks, Dad!"',
    ].join('\n\n');
    const found = speakers(text);
    assert.ok(!found.includes('Dad'));
    assert.strictEqual(found[3], 'Frank Ames');
  });
});
