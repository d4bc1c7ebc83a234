import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Papa" in a household the text names by title and surname: the one Mr. whose surname the daughters, named in full, share.
describe('attribution: a kin call for the titled head of a family', () => {
  it('makes "Papa" the one Mr. of the surname the children bear', () => {
    const text = [
      'Miss Jane Hollis sat with her sister Lucy Hollis by the fire. Mr. Hollis read his newspaper, and Mr. Grey, the curate, read nothing. Jane said it would rain, and that Papa would bear her out.',
      '“The rain will hold off,” said Papa.',
    ].join('\n\n');
    assert.match(speakers(text)[0] ?? '', /Hollis$/);
  });

  it('leaves "Papa" alone when no Mr. shares a surname with anyone named in full', () => {
    const text = [
      'Jane Ashe sat with Lucy Ashe by the fire. Mr. Hollis read his newspaper. Jane said it would rain, and that Papa would bear her out.',
      '“The rain will hold off,” said Papa.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Papa']);
  });
});
