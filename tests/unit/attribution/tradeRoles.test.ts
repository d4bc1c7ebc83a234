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

// "“…,” the retired skipper said": a role someone used to hold calls back the one whose past the text just told.
describe('descriptions of a past role', () => {
  it('gives "the retired skipper" to the one named in the sentence before, not to a new unnamed person', () => {
    const text = [
      'Agnes Rowe ran the harbour café for forty years and died on Monday.',
      'Bill Tonkin met her at school in 1950 and later fished out of Looe. “She fed half the fleet on credit,” the retired skipper said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Bill Tonkin']);
  });

  it('gives "the former captain" opening the next paragraph to the one who spoke before it', () => {
    const text = [
      'Joan Petrie took over the team in 1990. Kath Mullin played under her for a decade.',
      '“She had us running hills in the dark,” Mullin says. “We hated her until March.”',
      'The former captain now runs a club in Cork. “I still use the hills,” she says.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Kath Mullin', 'Kath Mullin', 'Kath Mullin']);
  });
});
