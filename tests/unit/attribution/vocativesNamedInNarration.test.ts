import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "See to the horses, Lyle." then "But the judge said—": a name the narration writes inside its sentences ("whom Nell
// knew for the younger Kincaid, Lyle") is a name when a turn calls it, so the one called answers, even when no one
// in the people table bears it.
describe('a vocative the narration writes as a name', () => {
  it('is whom the turn calls', () => {
    const text = [
      'Sheriff Amos Pruitt rode into the yard, and behind him a thin boy whom Nell Corrigan knew for the younger Kincaid, Ansel.',
      '"Nell. You will have coffee on."',
      '"In ten minutes, if you care to wait for it."',
      '"See to the horses, Ansel."',
      '"But the judge said—"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-1), ['Ansel']);
  });
});
