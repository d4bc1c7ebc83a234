import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” the club said": the sports team the article named, shown to be one by its name, its fans or a result; the
// team it names most, not the opponent of a result nor a firm named in between.
describe('teams as speakers', () => {
  it('takes "the club" for the team whose name ends like a team\'s, not the opponent nor a firm named since', () => {
    const text = [
      'Harnley Wanderers parted company with their head coach on Sunday, a day after a 3-1 defeat by Oxley Town.',
      'Pellbrook Logistics, a haulage firm that sponsors the shirts, has also ended its deal. Nobody was surprised.',
      'In a short statement, the club said the results had been "unacceptable for some time".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Harnley Wanderers']);
  });

  it('takes "the side" for a team the text names in a result, and leaves it alone when no team was named', () => {
    const withTeam = 'Castlemoor beat Dunhill 2-0 at home. Castlemoor have won six in a row. A director of Brisk Analytics, which owns the ground, was there. ' +
      '"We are enjoying it," the side said on social media.';
    assert.deepStrictEqual(speakers(withTeam), ['Castlemoor']);
    const noTeam = 'Brisk Analytics posted higher profits. Its shares rose. "We are enjoying it," the side said.';
    assert.notStrictEqual(speakers(noTeam)[0], 'Brisk Analytics');
  });

  it('takes no council voting by a count for the team, nor a governing body naming a result', () => {
    const text = 'The Ardley Foxes, the town\'s ice hockey team, will stay. Ardley Borough Council voted 5-4 on Tuesday to fund the arena, after a 6-3 vote to sell it lost. ' +
      'Ardley Borough Council also voted 7-2 for parking. The Northern Hockey League fined Bramwell after a 4-2 defeat. ' +
      'The Northern Hockey League said the 4-2 win had been "a classic". "We are staying," the team said.';
    assert.strictEqual(speakers(text)[1], 'the Ardley Foxes');
  });

  it('does not take "the team" for a consultancy when no team was shown', () => {
    const text = 'Kessel Partners, a consulting firm hired by the council, wrote that the plan would "pay for itself". ' +
      'Work starts in May, according to the team, which said it was "ready".';
    assert.notStrictEqual(speakers(text)[1], 'Kessel Partners');
  });
});
