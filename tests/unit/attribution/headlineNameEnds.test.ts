import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A title-case headline capitalises the verb and the noun after a name: "Drummond Urges Patience" names Drummond, and
// the body names her in full.
describe('headlineNameEnds: a title-case headline’s verb and noun after a name are no part of it', () => {
  const story = (headline: string) => [
    headline,
    '',
    'By Lena Ostrova',
    '',
    'LONDON — The Harwick Port Authority voted on Tuesday to delay its expansion, and its chair, Margery Quillfeather-Obi, said the board was in “no rush” to revisit the plan.',
    '',
    '“We will look again when the numbers are clearer,” Quillfeather-Obi said.',
    '',
    'Asked about the unions, she smiled. “They know where to find me,” she said.',
  ].join('\n');

  it('credits the body’s full name after a headline’s verb and noun', () => {
    const want = ['Margery Quillfeather-Obi', 'Margery Quillfeather-Obi', 'Margery Quillfeather-Obi'];
    assert.deepStrictEqual(speakers(story('Harwick Delays Port Expansion, Quillfeather-Obi Urges Patience')), want);
  });

  it('ends the name at an adverb after a verb and another name', () => {
    const want = ['Margery Quillfeather-Obi', 'Margery Quillfeather-Obi', 'Margery Quillfeather-Obi'];
    assert.deepStrictEqual(speakers(story('Quillfeather-Obi Snubs Harwick Again Over Port Expansion')), want);
  });

  it('keeps the given name and surname the body writes, and ends the name after them', () => {
    const want = ['Margery Quillfeather-Obi', 'Margery Quillfeather-Obi', 'Margery Quillfeather-Obi'];
    assert.deepStrictEqual(speakers(story('Margery Quillfeather-Obi Urges Patience on Port Expansion')), want);
  });
});
