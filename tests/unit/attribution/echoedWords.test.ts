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

// A headline's speech clause is cut down to fit ("Growers warn of …", "Union says …"): its subject is a group or a
// body, and the story names the one who said the words.
describe('words a headline gives a clause of its own', () => {
  const story = (headline: string) => [
    headline,
    'By Ines Ward, rural affairs reporter',
    'Growers across Ashmere say the dry spring has ruined their crops.',
    'Colm Reddy, who farms barley near Tolby, said it would be "the poorest harvest anyone can remember" for many families.',
  ].join('\n\n');

  it('gives a headline group’s words to the one the body quotes saying them', () => {
    assert.deepStrictEqual(speakers(story('Ashmere drought: Growers warn of "the poorest harvest anyone can remember"')), ['Colm Reddy', 'Colm Reddy']);
  });

  it('gives a standfirst’s words to the body’s speaker too', () => {
    const text = story('Ashmere drought hits growers\n\nUnion says farms face "the poorest harvest anyone can remember"');
    assert.deepStrictEqual(speakers(text), ['Colm Reddy', 'Colm Reddy']);
  });

  it('keeps the headline’s speaker where the body quotes the words from no one', () => {
    const text = 'Ashmere drought: Growers warn of "the poorest harvest anyone can remember"\n\nGrowers across Ashmere say the dry spring has ruined their crops. The "poorest harvest anyone can remember" is now expected.';
    assert.deepStrictEqual(speakers(text)[0], 'Growers');
  });

  it('reads no line of a story’s body as a heading', () => {
    const text = 'Colm Reddy farms barley near Tolby. Last week he said the season had been "hard going".\n\nNeighbours say it has been "hard going" for everyone, and Ada Voss said it was "hard going" too.';
    assert.deepStrictEqual(speakers(text), ['Colm Reddy', 'Neighbours', 'Ada Voss']);
  });

  it('gives a subheading’s words to the one the section below quotes saying them', () => {
    const text = [
      'Ashmere drought hits growers',
      'Growers across Ashmere say the dry spring has ruined their crops. "We have never seen it this bad," said Colm Reddy, who farms barley near Tolby.',
      '"Not a drop since April"',
      'At Fenn Farm, Ada Voss keeps 200 ewes. "We have had not a drop since April, and the troughs are dry," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Colm Reddy', 'Ada Voss', 'Ada Voss']);
  });
});
