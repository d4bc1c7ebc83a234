import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document speaks in its own voice: "The decision said the panel had “…”" (a noun that is a document only as
// someone's, once it speaks itself), and what it speaks of, "The accounts warn of a “…”", is its words, not a term the
// narration coins.
describe('documents speaking in their own voice', () => {
  it('credits a bare decision that says what its panel found', () => {
    const text = 'The tribunal banned the sprinter for four years on Tuesday. The decision said the panel had "no reason to doubt the sincerity" of her account.';
    assert.deepStrictEqual(speakers(text), ['the decision']);
  });

  it('credits a term a document speaks of to the document', () => {
    const text = 'Harbridge’s latest accounts show a loss of £4.1m. The accounts warn of a "material uncertainty" over the club’s future.';
    assert.deepStrictEqual(speakers(text), ['the accounts']);
  });
});

// A firm's short name that ends on a place's word ("Cobalt Bridge") is no other organisation than the one full name it
// opens; a body's own noun ("Oxford University") still ends a name of its own.
describe('organisations called by the opening of their full name', () => {
  it('names the firm in full when its short name ends on a place’s word', () => {
    const text = 'Copper Bridge Sports Partners, the investment group led by Bradley Voss, has agreed terms for the club.\n\n' +
      'In a further statement, Copper Bridge said: "We recognise the strength of feeling."';
    assert.deepStrictEqual(speakers(text), ['Copper Bridge Sports Partners']);
  });
});
