import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Ofsted report, published on Tuesday, found …": a document's noun after an article and a name is the name's
// document, not a verb whose subject is the name ("report" is also a speech verb).
describe('a document named by its issuer', () => {
  it('credits the document, not its issuer read as a subject of "report"', () => {
    const text = 'The Treasury report, published on Monday, found that spending was "well above forecast" in every region.';
    assert.deepStrictEqual(speakers(text), ['the Treasury report']);
  });
});
