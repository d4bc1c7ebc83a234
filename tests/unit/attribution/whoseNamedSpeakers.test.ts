import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "X, whose spokeswoman, Flavia Rendell, called it “…”": the verb after the name set off by commas is the "whose"
// clause's own, so the speaker is the one named, not X, nor the source "according to" names for the figures before.
// A body's name holds "and" between its capitals ("the Office for Rivers and Canals"), unless a person's name follows.
describe('speakers named in a "whose" clause, and bodies named with "and"', () => {
  it('credits the name in apposition to the noun "whose" opens, also after "according to"', () => {
    const text = 'Some 300 boats have been lost since June, according to the Office for Rivers and Canals, whose press officer, Ines Vault, called it "a grim record."\n\n' +
      'The count comes from the Harbour Trust, whose chairman, Olaf Brenn, said it was "far too low."';
    assert.deepStrictEqual(speakers(text), ['Ines Vault', 'Olaf Brenn']);
  });

  it('keeps the subject when the "whose" clause closes before the verb', () => {
    assert.deepStrictEqual(speakers('Tom Keller, whose firm, Pellar Ltd, went bust, said it was "a shame."'), ['Tom Keller']);
  });

  it('reads a body\'s name over "and" between capitals, before or after its verb', () => {
    const text = 'The Office for Rivers and Canals said the locks were "beyond repair."\n\n"We need money," said the Office for Rivers and Canals.';
    assert.deepStrictEqual(speakers(text), ['The Office for Rivers and Canals', 'the Office for Rivers and Canals']);
  });

  it('does not join a person named after "and" to a body\'s name', () => {
    assert.deepStrictEqual(speakers('The Harbour Trust and Olaf Brenn said the locks were "beyond repair."'), ['Olaf Brenn']);
  });
});
