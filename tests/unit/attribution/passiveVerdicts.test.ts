import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Two fires were judged by the county's safety panel to be “…”": a verdict in the passive gives the words to its "by"
// agent, as the active "the panel judged two fires “…”" would.
describe('passive verdicts with a "by" agent', () => {
  it('credits the quoted verdict to the agent after "by"', () => {
    const text = 'The mill burned twice last year. Both fires were judged by the county’s fire safety panel to be "entirely preventable."';
    assert.deepStrictEqual(speakers(text), ['the county’s fire safety panel']);
  });

  it('still credits no one for a passive verdict with no agent ("were judged to be “…”")', () => {
    const text = 'The mill burned twice last year. Both fires were judged to be "entirely preventable."';
    assert.deepStrictEqual(speakers(text), [null]);
  });
});
