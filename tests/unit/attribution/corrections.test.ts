import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// Features let people correct each other in a scene: "corrects her" is a speech clause like "replies".
describe('speech verbs: a correction is speech', () => {
  it('credits a quotation to the one who corrects another, only next to a quotation', () => {
    const text = [
      'Joseph Lind is 88. He and his daughter, Ana Lind, still argue about the day the mill closed.',
      '“It was a Tuesday,” she says.',
      '“It was a Wednesday,” the old man corrects her. “I was there.”',
      'He corrected the date in the parish records in 1998.',
    ].join('\n');
    const found = attributions(text);
    assert.deepStrictEqual(found.map((a) => a.speaker), ['Ana Lind', 'Joseph Lind', 'Joseph Lind']);
    // The clause names him, by the description the text gives.
    assert.deepStrictEqual([found[1].cue, found[1].mention?.text], ['corrects', 'the old man']);
  });
});
