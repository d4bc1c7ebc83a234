import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { formatForPath } from '../../../server/src/engine/formats/index';

// A restaurant, a boat or a constituency the text names like a person is no one a he/she can mean.
describe('things and places named like people', () => {
  it('reads a lone name with a thing in apposition as that thing, also where it acts later', () => {
    const text = [
      'Mara Voss has spent ten years building Larder, the small restaurant on the quay. In May she will open Saltmarsh, a second, larger place.',
      '',
      '"It is a risk," she admits.',
      '',
      'When Larder opened in 2015, nobody came. Saltmarsh opens in May.',
      '',
      '"I was terrified," she says.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mara Voss', 'Mara Voss']);
  });

  it('still reads a lone name with a person in apposition as a person, and a source\'s comma as no apposition', () => {
    assert.deepStrictEqual(speakers('Okafor, the veteran striker, scored twice. "We deserved it," Okafor said.'), ['Okafor']);
    const text = 'Dr Rita Kale led the study. According to Kale, the first results from the trial are due in May. "It will be thorough," she said.';
    assert.deepStrictEqual(speakers(text), ['Rita Kale']);
  });

  it('reads a name ending on a place\'s word as a place, never a person', () => {
    const text = "Kestrel Vale has changed since 1991. Joan Pryor has represented Kestrel Vale for 30 years. 'I am not tired,' she says.";
    const doc = analyzeDocument(text, formatForPath('draft.txt', text));
    assert.deepStrictEqual(doc.people.map((p) => p.name), ['Joan Pryor']);
  });
});
