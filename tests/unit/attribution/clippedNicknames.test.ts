import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A nickname cut from a name with no pet ending ("the Badge" of Mr. Hamish Badgeworth) is the one person whose name
// it opens, unless another fits too or the narration names the two in one sentence.
describe('attribution: a nickname cut short from a name', () => {
  it('gives the cut name to the one person whose surname it opens', () => {
    const text = [
      'In came one Badge, dripping. Mr. Hamish Badgeworth had never minded rain in his life.',
      '“Boots off,” said the Badge.',
      '“Yes,” said Wren Tillard.',
      '“And the hat,” said the Badge.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hamish Badgeworth', 'Wren Tillard', 'Hamish Badgeworth']);
  });

  it('gives it no one when two people could bear it', () => {
    const text = [
      'Hamish Badgeworth and Lorna Badgerton ran the ferry between them.',
      '“Boots off,” said the Badge.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Badge']);
  });

  it('keeps the two apart when one sentence names both', () => {
    const text = [
      'Hamish Badgeworth stood at the bar, and Badge came in behind him.',
      '“Boots off,” said Badge.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Badge']);
  });
});
