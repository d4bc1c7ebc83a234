import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Report" is a speech verb too ("reports say"), but after an article and before a speech verb it is the noun, the
// verb's subject: "“…,” the report said." names the report, not no one.
describe('a speech verb\'s word used as the subject noun', () => {
  it('credits "the report said" after a quotation to the report', () => {
    const text = 'The review was published on Monday.\n\n"Nobody checked the valves," the report said. "Nobody was asked to."';
    assert.deepStrictEqual(speakers(text), ['the report', 'the report']);
  });

  it('still reads "report" as the verb after a named subject', () => {
    const text = '"The roads are closed," Ada Brennock, the county engineer, reports.';
    assert.deepStrictEqual(speakers(text), ['Ada Brennock']);
  });
});
