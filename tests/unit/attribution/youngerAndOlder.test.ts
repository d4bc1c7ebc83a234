import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the younger Stroud", "the older Okonjo": of two people of one surname, the one the text made the other's child or
// parent, also when the kin noun closes the sentence before the name ("came from his son. Caleb Stroud, 17, …").
describe('the younger and the older of one surname', () => {
  const text = [
    'Board president Dwight Marsh voted for the ban. "The books are unsuitable," Marsh said.',
    '',
    'The sharpest reply came from his son. Caleb Marsh, 17, read the last page aloud at the meeting.',
    '',
    '"My dad and I disagree, and that is fine," the younger Marsh said afterward.',
    '',
    '"He is wrong, but I am proud of him," the older Marsh said.',
  ].join('\n');

  it('tells them apart by the tie the text stated', () => {
    assert.deepStrictEqual(speakers(text), ['Dwight Marsh', 'Caleb Marsh', 'Dwight Marsh']);
  });
});
