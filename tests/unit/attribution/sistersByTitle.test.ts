import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Miss Jemima" is a younger sister, "Miss Pinkerton" (the surname alone) the eldest: once the text has called one of
// them "Miss" with her given name, the surname with "Miss" is someone else, and the turns of their talk alternate
// between two people, not one.
describe('sisters told apart by their titles', () => {
  const text = (opening: string) => [
    opening,
    '"The coach is at the gate, sister," said Miss Jemima.',
    '"Have you packed the girl\'s trunks, Miss Jemima?" asked Miss Pinkerton.',
    '"We were up at four this morning, sister," replied Miss Jemima.',
    '"Say her luggage, sister Jemima; it is more genteel."',
  ].join('\n\n');

  it('are two people taking turns', () => {
    assert.deepStrictEqual(speakers(text('Miss Jemima Pinkerton opened the door of the academy.')), [
      'Jemima Pinkerton', 'Miss Pinkerton', 'Jemima Pinkerton', 'Miss Pinkerton',
    ]);
  });
});
