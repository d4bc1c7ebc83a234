import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "He thanked her for her “tireless work”", "congratulated the team on a “famous night”": verbs of thanking and
// commending bring in the subject's words about another, as praising does.
describe('verbs of thanking and commending', () => {
  it('credits a partial quotation after thanked, congratulated, commended or applauded to the subject', () => {
    const text = [
      'Mayor Iris Dunmore opened the new wing. She thanked the builders for their “patience and good humour”.',
      '',
      'Coach Pavel Stenek congratulated his players on “a night this town will remember”.',
      '',
      'Judge Owen Marsh commended the jury for its “careful attention”.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Iris Dunmore', 'Pavel Stenek', 'Owen Marsh']);
  });
});
