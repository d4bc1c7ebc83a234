import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// A speech verb's word right after a possessive is a noun ("the players’ remarks", "Kerr's comments"), not the verb
// of a clause after the quotation.
describe('clauses: a speech word after a possessive is a noun', () => {
  it('does not take "the owners’ comments" after a quotation for its clause', () => {
    const text = 'The Harbour Board said on Monday that the fees were “fixed until spring” and that boat owners’ comments would be read.';
    assert.deepStrictEqual(attributions(text).map((a) => [a.speaker, a.cue]), [["The Harbour Board", "said"]]);
  });

  it('still reads a clause after a quotation whose subject is a possessive phrase', () => {
    const text = 'Lena Ostrova runs the ferry. “We sail at six,” Ostrova’s deputy, Piet Varga, said.';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Piet Varga']);
  });
});
