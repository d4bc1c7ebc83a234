import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The delegation walked out, according to a senior official who asked not to be named. “…,” the official said.":
// the source "according to" gives reports speech as a subject does, so the definite phrase after it is that source.
describe('an unnamed source given by "according to", then called again', () => {
  it('credits "the official said" to the source of the sentence before', () => {
    const text = [
      '"We are close," said Corentin Vasseur, the envoy.',
      'The talks nearly collapsed at midnight, according to a senior Drovish official who asked not to be named. "They packed their bags," the official said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Corentin Vasseur', 'a senior Drovish official']);
  });
});
