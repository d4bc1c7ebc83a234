import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph may hold two speakers' words, each with its own he/she: the paragraph's turn takes only its own gender's.
describe('a paragraph holding a he and a she', () => {
  it('credits each quotation to the person of its own pronoun', () => {
    const text = ['John Reed and Mary Grey walked down to the river in silence.', '"Shall we go back?" he said. "Not yet," she answered.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['John Reed', 'Mary Grey']);
  });
});
