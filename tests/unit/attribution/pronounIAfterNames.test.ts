import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "tell Brigid I’m sorry": the pronoun I, with its verb drawn on or not, ends a name; it never becomes "Brigid I’m".
describe('attribution: the pronoun I after a name', () => {
  it('is no part of the name, with its verb drawn on', () => {
    const text = [
      'Jo asked me to tell Brigid I’m sorry, so I did. Brigid looked at the floor for a long time.',
      '“It’s not your fault,” Brigid said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Brigid']);
  });
});
