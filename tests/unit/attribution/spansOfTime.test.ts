import * as assert from 'node:assert';
import { isPersonNoun } from '../../../server/src/engine/attribution/clauses';
import { speakers } from '../../helpers/attributionText';

// "A moment later the door opened": "moment" and "instant" end as "student" and "servant" do, but are spans of time,
// never someone who speaks.
describe('spans of time are no one', () => {
  it('does not take "moment" or "instant" for a person noun, as it does "student"', () => {
    assert.deepStrictEqual(['moment', 'instant', 'moments', 'student'].map(isPersonNoun), [false, false, false, true]);
  });

  it('gives no turn to "a moment"', () => {
    const text = 'Holt tapped his pipe on the grate. A moment later the door opened.\n\n“A lady to see you, sir.”';
    assert.ok(!speakers(text).some((s) => /moment/i.test(s ?? '')));
  });
});
