import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A couple written with one surname ("Peder and Agnete Holmgren") is two people of that surname.
describe('couples sharing a surname', () => {
  it('learns the first of "Peder and Agnete Holmgren", so "her husband" and the he after it are him', () => {
    const text = [
      "Peder and Agnete Holmgren moved Agnete's father, Sigurd Lie, into the home in 2021.",
      'Mrs Holmgren said she had complained six times. "Nobody listened," she said.',
      'Her husband said the family was looking elsewhere. "Sigurd deserves better," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Agnete Holmgren', 'Peder Holmgren']);
  });

  it('tells Mr from Mrs in "Mr and Mrs Walsh"', () => {
    const text = 'Mr and Mrs Walsh run the bakery. Mrs Walsh starts at four. "I love it," she said. "I do not," said Mr Walsh.';
    assert.deepStrictEqual(speakers(text), ['Mrs Walsh', 'Mr Walsh']);
  });
});
