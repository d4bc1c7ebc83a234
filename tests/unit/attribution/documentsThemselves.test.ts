import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document whose writer the text does not name speaks for itself, not for a party its description names.
describe('documents speaking for themselves', () => {
  it('credits "A copy of the agreement between X and Y … states" to the agreement, not to X', () => {
    const text = 'A copy of the 2019 agreement between Severn Water and the regulator, published on Tuesday, states that the company will "cut spills by half."';
    assert.deepStrictEqual(speakers(text), ['the agreement']);
  });

  it('leaves a quotation to the author a document is written by', () => {
    const text = 'The review, written by Dr Ann Ho, says the ward was "stretched beyond what is safe."';
    assert.deepStrictEqual(speakers(text), ['Ann Ho']);
  });
});
