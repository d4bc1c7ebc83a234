import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// More shapes of wire and international reporting: a statement whose issuer the sentence before names, …
describe('further shapes of international reporting', () => {
  it('credits a statement to the body that issued it in the sentence before', () => {
    const text = [
      'The ministry issued a statement on Tuesday. “The talks are over for now,” the statement added.',
      'The Tessalian embassy released a statement late on Friday.\n\n“No diplomat was harmed,” the statement said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the ministry', 'the Tessalian embassy']);
  });
});
