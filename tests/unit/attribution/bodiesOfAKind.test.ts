import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The regulator said", "the company said", "the airline said": a body's phrase is the organisation the article
// named as one of that kind, or the one the same phrase was found to be before; never a person named after it, a
// place, a newspaper it cites or a public body where the noun is a business's.
describe('bodies of a kind', () => {
  it('takes "the regulator" for the authority whose name holds its stem, not a person the text names next', () => {
    const text = [
      'According to the Coastal Fisheries Regulatory Authority, catches have halved in a decade. The regulator said in a statement that the decline was "alarming".',
      'Their skipper, Tam Reid, said the crew had not yet decided. "We will fish on," Reid said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the Coastal Fisheries Regulatory Authority', 'Tam Reid']);
  });

  it('takes "the company" for the firm it was found to be before, not a public agency or a newspaper named since', () => {
    const text = [
      'Brantwell Foods, the frozen-meals maker, will close its plant in Orlow. The company said the site was too old.',
      'Workers were told on Monday. "Nobody saw it coming," one driver told the Harbour Times. The Food Standards Agency said it would inspect the site.',
      'Martin Ekberg, who has worked there for twenty years, was angry. His wife works there too. They have two children. The plant opened in 1974.',
      'The company said workers would be offered "every possible support".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['one driver', 'Brantwell Foods']);
  });

  it('shows a one-word name to be a firm when it says "it would", so "the company" is it', () => {
    const text = 'Pellico reported weaker sales on Thursday. Corran Research, a broker, cut its rating. Pellico also said it would cut 200 jobs. ' +
      'Its board "remains confident in the plan," the company said.';
    assert.deepStrictEqual(speakers(text), ['Pellico']);
  });

  it('takes "the union" for a federation named before, not the firm named since', () => {
    const text = 'Drivers walked out on Monday, led by the Federation of Tram Staff. Talks with Linjebuss, the state-owned operator, collapsed. ' +
      'The union said the vote was "beyond doubt".';
    assert.deepStrictEqual(speakers(text), ['the Federation of Tram Staff']);
  });
});

// "according to the team, which said …": the body or name before ", which" is the verb's subject.
describe('bodies before "which"', () => {
  it('credits a body\'s name before ", which said" and a phrase whose body the text gave the noun in apposition', () => {
    const text = [
      'The festival was paid for by the Coastal Arts Trust, which said in a statement that the results were "a triumph".',
      'The vote keeps the Ferrow Vale Otters, the town\'s semi-professional hockey team, in the arena. The mayor was delighted. ' +
        'Her rival was not. Nor were the residents. Building will start in May, according to the team, which said it was "ready to go".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the Coastal Arts Trust', 'the Ferrow Vale Otters']);
  });
});
