import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "says one of them, Ruth Abel, who …": a speaker first picked from a group and then named in apposition is the named
// person, as after "said one customer, Ruth Abel"; the words after go on being hers.
describe('one of a group named in apposition', () => {
  it('credits "says one of them, Ruth Abel," and the next quotation to Ruth Abel', () => {
    const text = 'Dora Pell runs the bakery. "We open at six," she said.\n\nAt noon the queue reaches the corner. ' +
      '"I come every week," says one of them, Ruth Abel, who lives nearby. "The bread is worth the wait."';
    assert.deepStrictEqual(speakers(text), ['Dora Pell', 'Ruth Abel', 'Ruth Abel']);
  });

  it('credits "said one of the regulars, Tom Weir" to Tom Weir, and an unnamed one as written', () => {
    const text = 'Dora Pell runs the bakery. "Best rolls in town," said one of the regulars, Tom Weir. "Too dear," said one of the others.';
    assert.deepStrictEqual(speakers(text), ['Tom Weir', 'one of the others']);
  });
});
