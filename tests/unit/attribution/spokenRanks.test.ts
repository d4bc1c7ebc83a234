import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A rank's or title's spoken short form ("Sarge", "Doc", "Skipper") calls the one person the text gave that rank.
describe('attribution: a rank called by its short form', () => {
  it('gives the turns around one that calls "Sarge" to the one sergeant', () => {
    const text = [
      'Sergeant Owen Pell came in out of the rain. Nobody looked up. Corporal Ivo Grant and Private Sam Moss were playing cards on a footlocker.',
      '“Who’s winning?”',
      '“Nobody, Sarge.”',
      '“Then you can both stop.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Owen Pell', 'Sam Moss', 'Owen Pell']);
  });

  it('gives the turns around one that calls "Doc" to the one doctor', () => {
    const text = [
      'Dr. Ada Voss came into the ward at midnight. Nurse Lily Crane and Nurse Joan Pike were folding sheets at the desk.',
      '“Anything for me?”',
      '“Bed four, Doc.”',
      '“I’ll look at him now.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ada Voss', 'Joan Pike', 'Ada Voss']);
  });

  it('leaves "Doc" to one whose name it is', () => {
    const text = [
      'Dr. Ada Voss had the ward that night. Doc Halloran, who ran the canteen, brought her tea.',
      '“Drink it hot, Doc,” said Lily Crane.',
      '“Thank you.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Lily Crane', 'Doc Halloran']);
  });
});
