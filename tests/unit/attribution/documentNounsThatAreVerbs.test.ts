import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "report" is a speech verb as well as a document: between a determiner and a speech verb it is the noun, so
// "“…,” the report said" is the report's clause, not a verb with no subject.
describe('a document noun that is also a speech verb', () => {
  it('reads "the report said" after a quotation as the report\'s clause', () => {
    const text = 'The review was published on Monday. "The window to act has closed in four districts," the report said. "Elsewhere it is closing."';
    assert.deepStrictEqual(speakers(text), ['the report', 'the report']);
  });

  it('still reads "report" as a verb after its subject', () => {
    const text = '"Seven ships were lost," the coastguard reports.';
    assert.deepStrictEqual(speakers(text), ['the coastguard']);
  });
});
