import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// A student's year is what they are, as a role: "Dana Price, a freshman from Elko," is "the freshman" later.
describe('roles: students by their year', () => {
  it('gives "the freshman" and "the sophomore" to the ones the text introduced so', () => {
    const text = [
      'Dana Price, a freshman from Elko, said the dorm flooded twice. She moved out in March. “Nobody told us anything,” the freshman said.',
      'Luis Ortega, a sophomore, said the same. He lives on the ground floor. “My books were floating,” the sophomore said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Dana Price', 'Luis Ortega']);
  });
});
