import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the Hungarian Lena Horvath": a word shaped as a nationality before a given name is what the person is, listed or
// not, and no part of the name.
describe('a nationality before a full name', () => {
  it('is no part of the name, listed or not', () => {
    const text = (nationality: string) =>
      `The final went to the ${nationality} Lena Horvath, a former junior champion. Horvath, reached by email, was generous. "She defends well," she wrote.`;
    assert.deepStrictEqual(speakers(text('Hungarian')), ['Lena Horvath']);
    assert.deepStrictEqual(speakers(text('Estonian')), ['Lena Horvath']);
  });
});

// "Her win against Lena Horvath lasted six hours. “…,” the teenager said": the one a sentence names as an opponent is
// not whom a description after it means.
describe('an opponent named in the sentence before a description', () => {
  it('is not the one described', () => {
    const text = [
      'Nadia Okonjo, 15, is the youngest grandmaster in the country. "I am happy," she said.',
      'Her win against Lena Horvath, a former junior world champion, lasted six hours. "I was sure I was losing," the teenager said.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Lena Horvath');
  });

  it('leaves one named as the subject described', () => {
    const text = 'The study was led by Mia Lund, a marine biologist. "The water is warmer," the researcher said.';
    assert.deepStrictEqual(speakers(text), ['Mia Lund']);
  });
});
