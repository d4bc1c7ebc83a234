import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "hundreds of Amadu supporters": a surname alone before a plural noun says whose people they are. When the text gave
// its bearer a full name, that is a person's following, and the person is no body a he/she cannot mean.
describe('a surname alone before a plural noun', () => {
  const story = (followers: string) =>
    [
      'Joachim Teodor won the vote against Celestine Amadu, a former judge.',
      `Police fired tear gas at hundreds of ${followers} outside the commission.`,
      '"I will serve every citizen," Teodor said.',
      'Amadu rejected the result. "We have the tally sheets," she said.',
    ].join('\n\n');

  it("is the named person's following, not a body", () => {
    assert.deepStrictEqual(speakers(story('Amadu supporters')), ['Joachim Teodor', 'Celestine Amadu']);
  });

  it('leaves a team named in full before its fans a team, no one a he means', () => {
    const text = 'Tom Hale watched Ellis Vale lose again. Hundreds of Ellis Vale supporters left early. "It was poor," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom Hale']);
  });
});
