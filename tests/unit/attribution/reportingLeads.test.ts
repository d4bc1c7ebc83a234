import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "The trainer said the horse had never been better at home. “…”": a quotation with no clause, right after a sentence
// whose described subject reports speech, is that subject's, read as its clause would be.
describe('a quotation after a described subject reporting speech', () => {
  const opening = 'The mare was trained by Rosa Lind at Fallow Cross. "She was the best I had," Lind said outside the weighing room.';

  it('credits the description, read as the one just named', () => {
    const text = [opening, 'The trainer said the mare had been in great form at home. "She had never been better. That is what hurts."'].join('\n\n');
    const got = attributions(text);
    assert.strictEqual(got[1].speaker, 'Rosa Lind');
    assert.strictEqual(got[1].mention?.text, 'The trainer');
  });

  it('credits a description no one holds as written', () => {
    const text = 'The ferry sailed at noon. The harbourmaster said the crossing had been calm. "There were no delays."';
    assert.strictEqual(attributions(text)[0].speaker, 'the harbourmaster');
  });

  it('leaves a quotation whose sentence before reports nothing to the narration', () => {
    const text = [opening, 'The trainer walked back to the stables alone. "She had never been better."'].join('\n\n');
    assert.notStrictEqual(attributions(text)[1].mention?.text, 'The trainer');
  });
});
