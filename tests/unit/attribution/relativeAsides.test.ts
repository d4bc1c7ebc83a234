import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” the envoy, who asked not to be named, said.": the verb inside the aside ("asked") is not the clause's; the
// phrase before the aside is the subject of the speech verb after it.
describe('a relative aside between the subject and the verb after a quotation', () => {
  it('credits the phrase before the aside', () => {
    const text = [
      '"We are close," said Ilona Vekkeri, the Drovish foreign minister.',
      'A Tessalian envoy was less sure. "Close is a big word," the envoy, who asked not to be named, said. "We are in the same building."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'a Tessalian envoy', 'a Tessalian envoy']);
  });

  it('credits a named subject whose aside holds a speech verb of its own', () => {
    const text = '"It will pass," Ilona Vekkeri, who told parliament last week that she would resign, said on Monday.';
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri']);
  });
});
