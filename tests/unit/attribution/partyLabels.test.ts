import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "beating National Democrat Greg Tregenza": a party label before a given name says what the person is, as a
// nationality does; the name is Greg Tregenza.
describe('a party label before a full name', () => {
  it('is no part of the name', () => {
    const text = 'Ann Lee won the seat, beating National Democrat Greg Tregenza by 2,118 votes. Tregenza, a councillor, conceded. "It was a hard race," he said.';
    assert.deepStrictEqual(speakers(text), ['Greg Tregenza']);
  });

  it('is cut before a pet form of a given name too, opening the sentence', () => {
    assert.deepStrictEqual(speakers('Republican Ted Marsh spoke first. "We won," Marsh said.'), ['Ted Marsh']);
  });

  it('leaves a surname that is a party word in the name', () => {
    assert.deepStrictEqual(speakers('Councillor Ann Liberal spoke first. "We won," Liberal said.'), ['Ann Liberal']);
  });
});
