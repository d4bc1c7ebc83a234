import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” the report found.", "“…,” the Pell Marsh review concluded.": a document's phrase after a quotation, with a
// verb a document speaks with (a finding one too) or a name inside it, is the quotation's clause.
describe('document clauses after a quotation', () => {
  it('credits "the report found" to the report', () => {
    const text = 'The inquiry published its findings on Monday. "The crew, while not negligent, were badly led," the report found. It recommended new training.';
    assert.deepStrictEqual(speakers(text), ['the report']);
  });

  it('credits a review named for the firm that wrote it', () => {
    const text = 'The bank hired the accountants Pell Marsh in 2021. "At no point was the team properly staffed," the Pell Marsh review concluded.';
    assert.deepStrictEqual(speakers(text), ['the Pell Marsh review']);
  });

  it('leaves a person\'s role phrase after a quotation to the people reading', () => {
    const text = 'Jake Orme scored the winning try on Sunday. "I did not know whether to celebrate," the Rovers centre said.';
    assert.deepStrictEqual(speakers(text), ['Jake Orme']);
  });
});
