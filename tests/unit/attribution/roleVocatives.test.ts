import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Good evening, doctor.": words that call someone by the role the text gave them are not that person's, and answer
// the one who spoke to their speaker, as words calling them by name would.
describe('a turn calling someone by their role', () => {
  const scene = (call: string) => [
    'Dr. Samuel Reid was washing his hands when the bell rang.',
    '"Good evening, Mr. Quist," said the doctor. "Sit down."',
    'His visitor was a thin man in a black coat, and he sat down on the edge of the chair.',
    `"${call} Can you come to the house with me tonight?"`,
    '"Is it the baby?" the doctor asked.',
  ].join('\n\n');

  it('is not the one called, but the one the turn before called', () => {
    assert.deepStrictEqual(speakers(scene('Good evening, doctor.')), ['Samuel Reid', 'Samuel Reid', 'Mr. Quist', 'Samuel Reid']);
  });

  it('calls a parent by what children call them ("Mum" is the one the text made a mother)', () => {
    const text = [
      'Lily came down to breakfast late, and her mother, Ruth Ames, looked at the clock.',
      '"You missed the bus," said Ruth.',
      'Ruth put the butter knife down.',
      '"I know, Mum. I\'m sorry."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Ames', 'Lily']);
  });
});
