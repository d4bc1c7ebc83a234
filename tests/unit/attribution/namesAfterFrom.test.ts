import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "in Westbury" is a place, but "heard evidence from Diane Stannard" a person: a full name a common given name opens,
// after "from", is someone a she after it can mean (not a place's name, "from Charlotte Street").
describe('names after "from"', () => {
  it('takes the one the inquiry heard evidence from for the she after it, not the woman quoted two paragraphs up', () => {
    const text = [
      'Margaret Quayle leads the residents\' group. "The green is ours," she said.',
      'The vicar, the Rev Tom Quayle, is her husband. He said only that he had been "praying for both families."',
      'The inquiry heard evidence from Diane Stannard, who lives in the village and has sided with the residents. "I grew up on that farm," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Margaret Quayle', 'Tom Quayle', 'Diane Stannard']);
  });

  it('keeps a street a given name opens a place', () => {
    const text = 'Margaret Quayle leads the residents\' group. The march set off from Charlotte Street at noon. "The green is ours," she said.';
    assert.deepStrictEqual(speakers(text), ['Margaret Quayle']);
  });
});
