import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph may hold two speakers' words, each with its own he/she: the paragraph's turn takes only its own gender's.
describe('a paragraph holding a he and a she', () => {
  it('credits each quotation to the person of its own pronoun', () => {
    const text = ['John Reed and Mary Grey walked down to the river in silence.', '"Shall we go back?" he said. "Not yet," she answered.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['John Reed', 'Mary Grey']);
  });
});

// A phrase opening the sentence before its subject names someone the sentence is not about.
describe('a person named in a phrase opening the sentence', () => {
  it('is not the he/she after it: the subject after the comma is', () => {
    const text = [
      'Asked about Tom Walsh, Ed Rourke paused. "It was a long time ago," he said.',
      'Unlike her sister Ruth Kane, Ella Kane stayed in the village. "I could never leave," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ed Rourke', 'Ella Kane']);
  });
});
