import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A firm's name is no person's, and a person the firm's name only qualifies is someone unnamed.
describe('firm names beside people', () => {
  it('reads "Brandt & Son" as a firm, so "Brandt says" is the Brandt the text names', () => {
    const text = 'Henrik Brandt, whose family runs the shop Brandt & Son, was worried. "When the bakery goes, we go," Brandt says.';
    assert.deepStrictEqual(speakers(text), ['Henrik Brandt']);
  });

  it('credits "a Skogfrakt spokesman" as written, before or after the verb', () => {
    const text = '"We had no choice," a Skogfrakt spokesman said.\n"The market has collapsed," said a Skogfrakt spokeswoman.';
    assert.deepStrictEqual(speakers(text), ['a Skogfrakt spokesman', 'a Skogfrakt spokeswoman']);
  });
});
