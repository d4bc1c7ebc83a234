import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A turn that calls someone by name is answered by them: a he/she turn opening with narration right after it is the
// one called, even when the narration never named them and the pronoun would otherwise go to the last woman named.
describe('a he/she turn after a turn that called someone by name', () => {
  const scene = (reply: string) => [
    'Mrs. Kronborg was asleep in the front room. Walter Prescott went into the wing room and shut the door behind him.',
    '"Feel pretty sick, Thea?" he asked. "Why didn\'t you call somebody?"',
    reply,
  ].join('\n\n');

  it('is the answer of the one called', () => {
    assert.deepStrictEqual(speakers(scene('She looked at him with greedy affection. "I thought you were here," she said.')), ['Walter Prescott', 'Walter Prescott', 'Thea']);
  });

  it('is not read so when the pronoun is of the other gender', () => {
    assert.deepStrictEqual(speakers(scene('He waited a moment. "Well?" he said.')), ['Walter Prescott', 'Walter Prescott', 'Walter Prescott']);
  });
});
