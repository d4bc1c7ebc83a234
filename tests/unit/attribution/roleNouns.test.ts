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

// Offices of clubs, charities and parishes are roles as much as a chair's: "the former treasurer" is the one the text
// made the treasurer, not the man named in the sentence before.
describe('roles: offices', () => {
  it('gives "the former treasurer" and "the vicar" to the ones introduced so', () => {
    const text = [
      'The club’s former treasurer, Alice Orme, left in May. The chairman, Ron Pike, said the books were “in order.”',
      '“They were never in order,” the former treasurer said.',
      'The parish vicar, Tom Acre, backed her. Ron Pike disagreed. “She kept the books for ten years,” the vicar said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Ron Pike', 'Alice Orme', 'Tom Acre']);
  });
});
