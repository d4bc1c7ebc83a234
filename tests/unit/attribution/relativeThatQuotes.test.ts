import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "errors that “unnecessarily escalated” the encounter": a "that" before a verb's words is a relative pronoun, so the
// quotation is no term a determiner brings in, and the sentence's source ("according to a report") speaks it.
describe('a relative "that" before a quotation', () => {
  it('credits a predicate after a relative "that" to the source the sentence names', () => {
    const text = 'A police officer made errors that "unnecessarily escalated" the encounter, according to a report released Wednesday.';
    assert.deepStrictEqual(speakers(text), ['the report']);
  });

  it('still reads "that" before a noun as a determiner of a term', () => {
    const text = 'The council debated the plan on Monday. Critics of that "flagship scheme" were absent, according to a report released Wednesday.';
    assert.notStrictEqual(speakers(text)[0], 'the report');
  });
});
