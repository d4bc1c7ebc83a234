import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A he/she opening the utterance after a sentence prefers that sentence's subject (centering), not someone it names
// in passing: an owner in the possessive, a person named later in the sentence, the one who spoke before.
describe('a he/she after the sentence before', () => {
  it('is the name in apposition, not the full name in the possessive before it', () => {
    const text = [
      'Judge Mary Holt opened the hearing. “We start today,” she said.',
      'Anna Kerr’s lawyer, Ruth Lam, said the case should be dropped. “There is no evidence,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mary Holt', 'Ruth Lam']);
  });
});
