import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "…, according to the trust, which said …": the body a "which" clause describes is the one that speaks, not the
// subject of the sentence it reports ("Demolition").
describe('a body described by a "which said" clause', () => {
  it('credits the body, not the capitalised word opening the sentence', () => {
    const text = 'Demolition will begin in May, according to the trust, which said in a statement that it was "delighted with the result."';
    const [a] = attributions(text);
    assert.strictEqual(a.speaker, 'the trust');
    assert.strictEqual(a.mention?.text, 'the trust');
  });

  it('still credits a person whose "who" clause stands before the verb', () => {
    assert.strictEqual(attributions('Kerry Lane, who chairs the trust, said it was "delighted with the result."')[0].speaker, 'Kerry Lane');
  });
});
