import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Adaeze Korubo, Nyaleka’s minister of culture,": an appositive may open on a name's possessive, as on "the".
describe('appositive roles opening on a possessive', () => {
  it('gives the role to the one named, whom a story’s opening "the country’s culture minister" then means', () => {
    const text = [
      'A museum has handed back 37 objects, in a ceremony that the country’s culture minister called “the closing of a wound.”',
      '“They are going home,” said Adaeze Korubo, Nyaleka’s minister of culture, standing beside the museum’s director, Ruth Wren.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Adaeze Korubo', 'Adaeze Korubo']);
  });

  it('gives "the officer" to the one named as a union’s officer, not to the one quoted since', () => {
    const text = [
      '“Nobody wanted this,” said Dave Kenning, Unite’s regional officer, at the gates.',
      'The company’s managing director, Sue Platt, said the offer was fair. “It is generous,” she said.',
      '“We have wood for a week,” the officer said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dave Kenning', 'Sue Platt', 'Dave Kenning']);
  });
});
