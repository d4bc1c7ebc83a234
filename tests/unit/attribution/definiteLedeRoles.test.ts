import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A story's opening calls its source by a definite role ("the defense minister said, calling it “…”") and names them
// further down ("Defense Minister Mariam Sangare said"): the one holder of that role the text names.
describe('definite roles in a story opening', () => {
  it('gives the opening\'s "the defense minister" to the one minister named further down', () => {
    const text = [
      'Troops regained control of the palace early Thursday after officers tried to seize power, the defense minister said, calling the attempt "a betrayal by a handful of men."',
      '',
      'Heavy gunfire was heard near the palace until dawn, residents said.',
      '',
      '"The situation is under control," Defense Minister Mariam Sangare said in a televised address.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mariam Sangare', 'Mariam Sangare']);
  });

  it('leaves the opening\'s role alone when two people hold it further down', () => {
    const text = [
      'Talks collapsed on Friday, the minister said, calling them "a waste of everyone\'s time."',
      '',
      '"We tried," said Finance Minister Ana Ruiz. "We failed," said Trade Minister Ben Ortiz.',
    ].join('\n');
    assert.strictEqual(speakers(text)[0], 'the minister');
  });

  it('gives a body\'s "its chief executive" in an opening under a headline and byline to the chief executive named next', () => {
    const text = [
      'Harlow Tools cuts prices',
      '',
      'By ANNA BELL',
      '',
      'Harlow Tools on Monday cut the price of its drills by a third, a move its chief executive said would "win back the trade."',
      '',
      '"We listened," Mara Voss, Harlow\'s chief executive, told staff.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mara Voss', 'Mara Voss']);
  });

  it('gives a qualified "the committee\'s chair" to the first chair named after it, of two', () => {
    const text = [
      'The plans were approved after a long meeting that the committee\'s chair called "the hardest night of my life."',
      '',
      'The vote was settled by Cllr Ada Pike, the Labour chair. Objectors were led by Tom Hale, chair of the residents\' group.',
      '',
      '"We will appeal," Mr Hale said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ada Pike', 'Tom Hale']);
  });
});
