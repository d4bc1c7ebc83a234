import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Ms Hollins said she would stay on." opens on a titled name: its subject is that person, not an opening phrase
// running to the next comma, so a he/she in the next sentence is not sent back past her to someone unnamed.
describe('a sentence opening on a titled name', () => {
  it('keeps a she with the titled woman just named, not an unnamed spokeswoman before her', () => {
    const text = [
      'The chief executive, Nora Bale, said the offer was fair.',
      'A spokeswoman for the regulator said a decision was due in the spring.',
      'Ms Bale said she would stay on for a year. "After that, I will go fishing," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Nora Bale']);
  });

  it('still gives a titled owner\'s letter, named in apposition, its own words', () => {
    const text = 'In 1998 the council proposed to close the branch. Mrs Hale\'s reply, a two-page letter that still hangs in the shop, told the council that closing it would be "an act of vandalism."';
    assert.match(speakers(text)[0] ?? '', /^(?:a|the) two-page letter$/);
  });
});
