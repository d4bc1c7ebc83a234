import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document whose writer the text does not name speaks for itself, not for a party its description names.
describe('documents speaking for themselves', () => {
  it('credits "A copy of the agreement between X and Y … states" to the agreement, not to X', () => {
    const text = 'A copy of the 2019 agreement between Severn Water and the regulator, published on Tuesday, states that the company will "cut spills by half."';
    assert.deepStrictEqual(speakers(text), ['the 2019 agreement']);
  });

  it('credits a document to itself though its phrase names its author', () => {
    const text = 'The review, written by Dr Ann Ho, says the ward was "stretched beyond what is safe."';
    assert.deepStrictEqual(speakers(text), ['the review']);
  });

  it('leaves the verb a "who" stands for to that person, not to the document the sentence opens on', () => {
    const text = 'The review was led by Dr Ann Ho, a former inspector, who told the radio that she was "shocked by what we found."';
    assert.deepStrictEqual(speakers(text), ['Ann Ho']);
  });
});
