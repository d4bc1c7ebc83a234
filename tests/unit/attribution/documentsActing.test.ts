import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document is quoted for what it says, whatever verb carries it: "The minutes … showed that …", "An appendix …
// estimates that …". Not one the sentence speaks of in the passive, nor one after which someone else is named.
describe('a document opening the sentence, acting with any verb', () => {
  it('gives the words to minutes that showed them', () => {
    const text = 'The minutes of the March meeting, released on Friday, showed that two members had wanted a cut before deciding that "the risks did not yet justify a move."';
    assert.deepStrictEqual(speakers(text), ['the minutes']);
  });

  it('gives the words to an appendix that estimates them', () => {
    const text = 'An appendix to the council papers estimates that some journeys will take "up to an hour in snow".';
    assert.deepStrictEqual(speakers(text), ['the appendix']);
  });

  it('leaves a document spoken of in the passive to no one', () => {
    const text = 'The audit was published on a quiet Friday afternoon with "no fanfare at all".';
    assert.deepStrictEqual(speakers(text), [null]);
  });
});
