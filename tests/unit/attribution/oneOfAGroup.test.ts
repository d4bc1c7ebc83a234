import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Officials who worked on the document were more candid. One, who asked not to be named, said …": a bare "One" is
// someone picked from the group the sentence before opens on, and "the official" after it calls them again, not
// an official named further back.
describe('one picked from a group the sentence before opens on', () => {
  const named = 'Ilya Pashenko, a senior official, defended the text on Monday. "It is sound," Pashenko said.';

  it('is whom "the <singular of the group>" calls again, in the next paragraph', () => {
    const text = `${named}\n\nOfficials who worked on the document were more candid. One, who asked not to be named because the talks were private, said the draft had been doomed from the start.\n\n"We were told to finish it by Friday," the official said.\n`;
    assert.deepStrictEqual(speakers(text), ['Ilya Pashenko', 'one official']);
  });

  it('is not picked from a group of another noun', () => {
    const text = `${named}\n\nDiplomats who worked on the document were more candid. One, who asked not to be named because the talks were private, said the draft had been doomed from the start.\n\n"We were told to finish it by Friday," the official said.\n`;
    assert.notDeepStrictEqual(speakers(text)[1], 'one official');
  });
});
