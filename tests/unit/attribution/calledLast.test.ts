import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// In a scene of three, a turn that gives one person an order and then closes by calling another by name alone is
// answered by the one it called last.
describe('an uncued turn after one that closes on a name alone', () => {
  const scene = (call: string) => [
    'The captain stood at the rail with the mate, and the boy Nathaniel waited by the wheel.',
    '“How deep?” said the captain.',
    '“Four fathom, sir,” said the mate.',
    `“Good. Mr. Hale, take in the jib. ${call}”`,
    '“Sir?”',
  ].join('\n\n');

  it('is the one called last', () => {
    assert.deepStrictEqual(speakers(scene('Mr. Dunn.')).slice(-1), ['Mr. Dunn']);
  });

  it('is not a name the words only end on after a title', () => {
    assert.notDeepStrictEqual(speakers(scene('Go and tell it to Mr. Dunn.')).slice(-1), ['Dunn']);
  });
});
