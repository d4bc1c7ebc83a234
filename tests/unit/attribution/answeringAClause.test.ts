import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "At last she said, “…”" then "“Lanterns do.”": in a text that leaves many turns uncued, a turn right after a
// paragraph whose clause names its speaker answers that speaker, and the alternation goes on from there; a news text,
// which cues its turns, runs that speaker's words on instead (continuations.ts).
describe('a turn after a paragraph cued by its clause', () => {
  it('answers its speaker in a conversation', () => {
    const text = [
      'John Hale stood at the door of his house and looked at the river.',
      '"Well, I call that uncivil," he said.',
      '"You never could count," said Mary Stone from the bank.',
      'John climbed up to her, and they sat on the grass and looked at the water.',
      'At last she said, "It is the lantern at the weir. It went out on Tuesday."',
      '"Lanterns do."',
      '"Not that one. Not in sixty years."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['John Hale', 'Mary Stone', 'Mary Stone', 'John Hale', 'Mary Stone']);
  });
});
