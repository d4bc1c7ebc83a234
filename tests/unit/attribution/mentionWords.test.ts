import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { speakers } from '../../helpers/attributionText';

// The words a speech clause's subject is read from: a person's name, cut where the name ends, or no name at all.
describe('the words read as a speaker mention', () => {
  const nestedSpeakers = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('ends a full name before "of" and the firm it brings in', () => {
    const text = 'Shares fell 9 per cent. "Is this a blip or the new normal?" said Martin Osgood of Pellham Partners, the first analyst to speak. "We need to know," Osgood added.';
    assert.deepStrictEqual(speakers(text), ['Martin Osgood', 'Martin Osgood']);
  });

  it('keeps "of" inside a body\'s name', () => {
    assert.deepStrictEqual(speakers('"Rates stay put," said the Bank of England.'), ['the Bank of England']);
  });

  it('reads a contracted pronoun ("I’ll tell him") as the pronoun, not a name', () => {
    const text = 'Mrs Hale said the verdict was fair. "It was hard," she said. "When we get home I’ll tell him, ‘We did it.’"\n';
    assert.deepStrictEqual(nestedSpeakers(text), [[0, 'Mrs Hale'], [0, 'Mrs Hale'], [1, 'Mrs Hale']]);
  });

  it('reads "Town, Country" after a preposition as one place, and the speaker before it', () => {
    const text = 'Dr. Ann Pollard, a surgeon at St. Mary’s Hospital in Lowford, England, who was not involved in the study, said the data looked "sound".';
    assert.deepStrictEqual(speakers(text), ['Ann Pollard']);
  });

  it('finds the name after a role of three lower-case words opening the sentence', () => {
    const text = 'Grand tour stage winner Paul Ferrand told a tribunal on Monday that he was innocent, describing the day as "the worst of my life".';
    assert.deepStrictEqual(speakers(text), ['Paul Ferrand']);
  });
});
