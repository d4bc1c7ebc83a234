import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "State television quoted the interior ministry as saying …": the outlet passes the words on; the one it quoted
// said them. Passive ("was quoted by … as saying") keeps its subject.
describe('quoted as saying', () => {
  it('credits the one quoted, not the outlet that quoted them', () => {
    const text = 'Vantrian state television quoted the interior ministry as saying the protests were "organised from abroad."';
    assert.deepStrictEqual(speakers(text), ['the interior ministry']);
  });

  it('credits a named person cited as telling', () => {
    const text = 'The agency cited Deputy Foreign Minister Lauro Penhaligon as telling lawmakers that the border would stay "firmly shut."';
    assert.deepStrictEqual(speakers(text), ['Lauro Penhaligon']);
  });

  it('keeps the subject of a passive "was quoted by … as saying"', () => {
    const text = 'Lauro Penhaligon was quoted by state radio as saying the talks had been "useful but slow."';
    assert.deepStrictEqual(speakers(text), ['Lauro Penhaligon']);
  });

  it('credits the subject of a passive "was quoted as saying" closing the quotation', () => {
    const text = 'Club president Ilse Marwick spoke to a newspaper on Tuesday.\n\n"There is a price for everything," Marwick was quoted as saying.';
    assert.deepStrictEqual(speakers(text), ['Ilse Marwick']);
  });
});
