import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A spokeswoman for the authority said …": the body is what an unnamed person speaks for; the person, the sentence's
// subject, speaks, even when the text named the body before and an earlier sentence's clause was the body's.
describe('an unnamed spokesperson for a body the text named', () => {
  it('credits "a spokeswoman for the board", not the board', () => {
    const text = 'The Harbour Board met on Monday. A spokeswoman for the board said the berths would reopen "by the spring."';
    assert.deepStrictEqual(speakers(text), ['a spokeswoman for the board']);
  });

  it('does so after a quotation of the body\'s own in the sentence before', () => {
    const text = 'The Harbour Board said in a statement that the quay was "no longer safe" for cargo. A spokesman for the board said repairs would take "at least a year."';
    assert.deepStrictEqual(speakers(text), ['The Harbour Board', 'a spokesman for the board']);
  });
});
