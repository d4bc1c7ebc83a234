import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// News reports what someone unnamed said, then quotes them by a fresh definite phrase: the phrase is that description.
describe('unnamed speakers called again', () => {
  it('gives "the driver" to the unnamed driver an appositive described, reporting speech just before', () => {
    const text = [
      'The whistleblower, a driver who worked at the depot for six years, said the brakes were checked only once a month. “Nobody wanted to hear it,” the driver said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['a driver who worked at the depot for six years']);
  });

  it('leaves a phrase of another head to the named holder of that role', () => {
    const text = [
      'Rosa Imbert, a driver at the depot, said the buses were old.',
      'The whistleblower, a mechanic who worked at the depot for six years, said the brakes were checked only once a month. “Nobody wanted to hear it,” the driver said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Rosa Imbert']);
  });
});

describe('unnamed speakers called again by other words', () => {
  it('gives "the former employee" to "a former member of the team" reporting speech just before', () => {
    const text = 'A former member of the finance team said both owners “signed every transfer.” “They knew,” the former employee said.';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['a former member of the finance team', 'a former member of the finance team']);
  });

  it('leaves a described subject with a name in apposition to the rules for names', () => {
    const text = 'A neighbour of the depot, Ellen Pratt, told the jury she saw a man “walking very fast.” “He looked back once,” the retired nurse said.';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Ellen Pratt', 'Ellen Pratt']);
  });
});
