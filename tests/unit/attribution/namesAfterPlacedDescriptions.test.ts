import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "a deputy governor of Ostan province, Rafiq Sultanov,": a place closed by its common noun takes no name in
// apposition, so a full name set off after it names the person the description is about.
describe('a full name in apposition after a description and its place', () => {
  it('is the one "quoted … as saying"', () => {
    const text = 'The state agency KNA quoted a deputy governor of Ostan province, Rafiq Sultanov, as saying the roads were "closed for repairs."';
    assert.deepStrictEqual(speakers(text), ['Rafiq Sultanov']);
  });

  it('is the one an inverted clause describes', () => {
    const text = '"The roads are closed," said a deputy governor of Ostan province, Rafiq Sultanov.';
    assert.deepStrictEqual(speakers(text), ['Rafiq Sultanov']);
  });

  it('is not a place set off after a place ("Truro, Cornwall")', () => {
    const text = '"It is cold," said a resident of Truro, Cornwall.';
    assert.deepStrictEqual(speakers(text), ['a resident of Truro']);
  });
});
