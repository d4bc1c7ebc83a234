import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "One former member of the IT team, who spoke on condition of anonymity, said …. “…,” the former employee said": a
// sentence bringing in someone unnamed whose speech it reports is no sentence "naming no one" that a fresh
// description passes over to the one named before it.
describe('an unnamed speaker between a name and a description', () => {
  it('does not give "the former employee" to the one named before the unnamed speaker', () => {
    const text = [
      'Tom Reyes, head of policy at Fairbill, said customers should be paid. "It is a debt," he said.',
      'One former member of the IT team, who spoke on condition of anonymity, said concerns had been raised.',
      '"We flagged it twice," the former employee said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Reyes', 'the former employee']);
  });
});
