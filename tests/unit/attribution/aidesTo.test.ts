import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An unnamed "aide to X" or "adviser to the president" is known by whom they serve: that tie is part of the name
// the description gives them, as "a spokesman for the council" is; an infinitive ("a man to watch") is not.
describe('unnamed people described by whom they serve', () => {
  it('names an aide by the person they work for', () => {
    const text = [
      '"I called her twice," said Corentin Vasseur, the party leader.',
      'An adviser to Ilona Vekkeri disputed that account. "He called once, late at night," the adviser said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Corentin Vasseur', 'an adviser to Ilona Vekkeri']);
  });

  it('names an aide by an office', () => {
    const text = '"Nothing was signed," said an aide to the president.';
    assert.deepStrictEqual(speakers(text), ['an aide to the president']);
  });
});
