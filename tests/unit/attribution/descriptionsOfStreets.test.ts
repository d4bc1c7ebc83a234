import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A resident on Mill Lane" is told from other residents by the street as "a man at the depot" is by where he works:
// "on" ties someone unnamed to a place, but not a day ("on Tuesday") nor how they spoke ("on condition of anonymity").
describe('unnamed speakers tied to a place by "on"', () => {
  it('keeps the street in the description, and gives it to the definite phrase that calls them again', () => {
    const text = [
      'Bill Archer, the landlord, said the flats were dry. "There is no damp," he said.',
      'A resident on Mill Lane, who did not want to be named, said the walls were "black with mould." "Come and see for yourself," the resident said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Bill Archer', 'a resident on Mill Lane', 'a resident on Mill Lane']);
  });

  it('leaves out a day or the terms they spoke on', () => {
    const text = [
      '"The gates were shut," said a driver on Tuesday.',
      '"Nobody told us," said a picker on condition of anonymity.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a driver', 'a picker']);
  });
});
