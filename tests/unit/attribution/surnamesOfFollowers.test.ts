import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "hundreds of Adebanjo supporters": a surname alone before a plural noun says whose people they are. When the text gave
// its bearer a full name, that is a person's following, and the person is no body a he/she cannot mean.
describe('a surname alone before a plural noun', () => {
  const story = (followers: string) =>
    [
      'Joachim Brandl won the vote against Celestine Adebanjo, a former judge.',
      `Police fired tear gas at hundreds of ${followers} outside the commission.`,
      '"I will serve every citizen," Brandl said.',
      'Adebanjo rejected the result. "We have the tally sheets," she said.',
    ].join('\n\n');

  it("is the named person's following, not a body", () => {
    assert.deepStrictEqual(speakers(story('Adebanjo supporters')), ['Joachim Brandl', 'Celestine Adebanjo']);
  });

  it('leaves a team named in full before its fans a team, no one a he means', () => {
    const text = 'Tom Hale watched Ellis Vale lose again. Hundreds of Ellis Vale supporters left early. "It was poor," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom Hale']);
  });
});
