import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A turn that calls someone by name names whom the turn before it answers, except when that person spoke the turn
// just before it, with no narration between: "He's got you there, Eli." calls Eli about his own turn, and the turn
// between is the other party's.
describe('a turn between one given to someone and one calling them', () => {
  it('is not theirs', () => {
    const text = [
      'Eli and Rosa sat around the fire with Benjamin Cole.',
      '"We\'ll hunt," said Cole.',
      '"With one rifle?" Eli asked.',
      '"I\'ve done it with less, son."',
      'Rosa laughed. "He\'s got you there, Eli."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Benjamin Cole', 'Eli', 'Benjamin Cole', 'Rosa']);
  });
});
