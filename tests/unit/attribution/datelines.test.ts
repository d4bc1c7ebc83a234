import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A dateline ("OSLO, Norway —") is a place, no one's name: a he/she after it means the person the story goes on to.
describe('datelines', () => {
  it('reads a dateline of several words and a region as a place, however many words it holds', () => {
    const text = 'ABOARD MV KITTIWAKE, Outer Hebrides — At dawn the nets come up, and Dr Hanne Brekke counts the catch aloud. "Forty-one," she says.';
    assert.deepStrictEqual(speakers(text), ['Hanne Brekke']);
  });
});
