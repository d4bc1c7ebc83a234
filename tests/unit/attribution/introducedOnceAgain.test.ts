import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// English brings a newcomer in with "a" and calls the same one "the" next: "the <noun>" is the one "a … <noun>" of
// the sentence before, wherever that sentence put them.
describe('an unnamed newcomer called again by the same noun', () => {
  it('gives "the diplomat" to the diplomat an appositive brought in, though that sentence reports no speech', () => {
    const text = 'The two envoys met for an hour. The other, a Dunmore diplomat, was less generous. “He said sorry for the tone, not the plan,” the diplomat said.';
    assert.deepStrictEqual(speakers(text), ['a Dunmore diplomat']);
  });

  it('follows the newcomer across a paragraph break to the he of the next quotation', () => {
    const text = [
      'That was the view of a Western banker in Tiras, who asked not to be named because he was not allowed to speak.',
      '',
      'The banker said the real problem was timing. “The board wants cash first,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a Western banker in Tiras']);
  });

  it('leaves the phrase as written when the sentence before brings in two of that noun', () => {
    const text = 'The police questioned a farmer from the hills and a farmer from the valley. “The water came at night,” the farmer said.';
    assert.deepStrictEqual(speakers(text), ['the farmer']);
  });
});
