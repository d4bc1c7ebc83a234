import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A patronymic or an epithet written after a one-word name where the text brings the person in ("Tavish son of
// Morn", "Ulfar the Lame") is part of their full name; a later "said Tavish" is that person, so named.
describe('attribution: a name with a patronymic or an epithet', () => {
  it('names the speaker with the patronymic the text brought them in with', () => {
    const text = [
      'The envoys sat apart from the table. Tavish son of Morn wore grey, and said nothing for a long while.',
      '“We came by the ford,” Tavish said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tavish son of Morn']);
  });

  it('names the speaker with an epithet of one word', () => {
    const text = ['The guards parted for Ulfar the Lame, who leaned on his staff.', '“Who comes?” Ulfar said.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ulfar the Lame']);
  });
});
