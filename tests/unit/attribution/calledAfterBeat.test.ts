import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph is one speaker's turn: narration closing a turn's paragraph is its speaker's beat, so the paragraph right
// after a turn that called someone by name is the answer of the one called, not of whomever that beat is about.
describe('an uncued turn right after a turn that called someone and closed on a beat', () => {
  const scene = (turn: string, ...rest: string[]) => [
    'Tom Hale stood by the stove in the kitchen. Ada Price sat at the table with her coat still on.',
    turn,
    ...rest,
    '"A little. The bus was late again."',
  ].join('\n\n');

  it('is the answer of the one called', () => {
    assert.deepStrictEqual(speakers(scene('"Are you cold, Ada?" said Tom. He poked the fire.')), ['Tom Hale', 'Ada Price']);
  });

  it('is the one the narration leads into when that beat has a paragraph of its own', () => {
    assert.deepStrictEqual(speakers(scene('"Are you cold, Ada?" said Tom.', 'Tom poked the fire until the sparks went up.')), ['Tom Hale', 'Tom Hale']);
  });
});
