import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Words quoted again with no speech clause of their own (a headline's phrase, a phrase a later sentence picks up) are
// the words of the one the text credited them to where it quoted them with a clause.
describe('words quoted again', () => {
  it('gives a headline phrase to the one the story quotes saying it', () => {
    const text = 'Ferry crews walk out over "rotas from hell"\n\nCrews at Port Ellery stopped work on Friday. "We are working rotas from hell and nobody listens," said Odile Brack, a deckhand for eleven years.';
    assert.deepStrictEqual(speakers(text), ['Odile Brack', 'Odile Brack']);
  });

  it('gives a phrase picked up later to its first speaker', () => {
    const text = 'Nell Farrow said the move was "a fresh start for the valley." Not everyone agreed. Locals who have heard the promise of a "fresh start for the valley" before were unmoved.';
    assert.deepStrictEqual(speakers(text), ['Nell Farrow', 'Nell Farrow']);
  });

  it('leaves words two people are quoted saying to neither', () => {
    const text = 'Harbour town endures "a long night"\n\n"It was a long night," Amos Pike said. "It was a long night, and a cold one," Bea Lowry said.';
    assert.deepStrictEqual(speakers(text), [null, 'Amos Pike', 'Bea Lowry']);
  });

  it('leaves a whole sentence set out again by itself uncredited', () => {
    const text = '"Patience is a tool. We forget that," Ruth Amadi said.\n\nThe line I keep coming back to:\n\n"Patience is a tool."';
    assert.deepStrictEqual(speakers(text), ['Ruth Amadi', null]);
  });
});
