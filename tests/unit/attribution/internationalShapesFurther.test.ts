import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// More shapes of wire and international reporting: a statement whose issuer the sentence before names, a role
// tagging words that speak of someone else by name, scare quotes after "calls".
describe('further shapes of international reporting', () => {
  it('credits a statement to the body that issued it in the sentence before', () => {
    const text = [
      'The ministry issued a statement on Tuesday. “The talks are over for now,” the statement added.',
      'The Tessalian embassy released a statement late on Friday.\n\n“No diplomat was harmed,” the statement said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the ministry', 'the Tessalian embassy']);
  });

  it('does not take a role for the one its own words speak of by name', () => {
    const intro = 'Dana Farrant, 62, called police at 9pm.\n\n';
    assert.deepStrictEqual(speakers(intro + '“This is the 999 call from Mrs. Farrant, cut down,” the analyst said.'), ['the analyst']);
    assert.deepStrictEqual(speakers(intro + '“Nobody answered Dana Farrant for six minutes,” the inspector told the hearing.'), ['the inspector']);
  });

  it('credits scare quotes after "calls" to the subject of "calls"', () => {
    const text = [
      'Drovia calls the operation a “peacekeeping mission” and denies any plan to annex the valley.',
      'The Tessalian government calls these measures “collective punishment.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Drovia', 'the Tessalian government']);
  });
});
