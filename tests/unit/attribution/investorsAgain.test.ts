import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Business news calls an unnamed shareholder "the investor" the second time: one of the role's other names.
describe('an unnamed shareholder called again as the investor', () => {
  it('gives the investor\'s words to the shareholder described before', () => {
    const text = 'Some investors are losing patience. One top-10 shareholder, who spoke on condition of anonymity, said the board\'s support for the chairman "has limits." "He has a year at most," the investor said.';
    assert.deepStrictEqual(speakers(text), ['one top-10 shareholder', 'one top-10 shareholder']);
  });
});
