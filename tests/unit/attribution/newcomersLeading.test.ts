import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Someone the narration brings in with "a" or "an" as the subject of the last clause of a paragraph, after ", and" or
// ";", is new to the scene, and the uncued turn opening the next paragraph is theirs.
describe('an uncued turn after narration whose last clause brings someone new in', () => {
  const scene = (arrival: string) => [
    '"We should have been told," said Mrs. Hale.',
    '"Nobody ever has," said Mr. Price.',
    arrival,
    '"Cab for Mr. Price?"',
  ].join('\n\n');

  it('is theirs after ", and"', () => {
    assert.deepStrictEqual(speakers(scene('The door opened, and a nurse looked in.')).slice(-1), ['a nurse']);
  });

  it('is theirs after ";"', () => {
    assert.deepStrictEqual(speakers(scene('The door opened; a young woman looked in.')).slice(-1), ['a young woman']);
  });

  it('is one of those talking when the clause brings in no person', () => {
    assert.deepStrictEqual(speakers(scene('The fire had gone down, and a clock struck four.')).slice(-1), ['Mrs. Hale']);
  });
});
