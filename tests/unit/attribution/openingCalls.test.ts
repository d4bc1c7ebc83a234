import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A story opening on calls no one is named for ("“TOM!” No answer.") gives them to the one the narration after them
// brings in and has speak, when no one else is named on the way.
describe('calls opening a story', () => {
  const scene = (before: string) => [
    ...(before ? [before] : []),
    '"Hallo! Hallo there!"',
    'No answer.',
    '"Where has that boy got to, I wonder?"',
    'No answer.',
    'The old farmer set down his pail and looked about the yard, and then said:',
    '"Well, if I catch him I\'ll--"',
  ].join('\n\n');

  it('are the first speaker after them', () => {
    assert.deepStrictEqual(speakers(scene('')), ['the old farmer', 'the old farmer', 'the old farmer']);
  });

  it('are no one\'s when the narration before them names someone', () => {
    const [first, second] = speakers(scene('Martha Quill sat sewing by the kitchen window.'));
    assert.ok(first !== 'the old farmer' && second !== 'the old farmer', `${first}, ${second}`);
  });
});
