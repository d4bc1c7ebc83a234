import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// Community features call people by their trade ("Ned Farrow, a retired roofer, …. “…,” the roofer says"): a trade
// noun is a role noun like "carpenter", so the description points back to the one the text gave it.
describe('trade nouns as roles', () => {
  it('gives "the roofer" to the one the text called a roofer, not to someone named after', () => {
    const text = [
      'The first to help was Ned Farrow, a retired roofer who lives by the green. “I knew the slates,” he says.',
      'He worked through the winter. “I had the ladders,” the roofer says. “I needed a second pair of hands.”',
      'Those came from Omar Haddad, who had just moved in.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Ned Farrow', 'Ned Farrow', 'Ned Farrow']);
  });
});
