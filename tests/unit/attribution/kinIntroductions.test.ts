import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The room was their father's. Harold Brown sat up against the pillows.": a relative the narration speaks of, then
// a full name brought in as the next sentence's subject, is that relative; "Dad" in the dialogue is that person.
describe('attribution: a relative named as the text brings them in', () => {
  it('takes the name after "their father’s" for the father whom "Dad" addresses', () => {
    const text = [
      'Tom Pike set the flowers down, because the room was their father’s. Harold Brown sat up against the pillows.',
      '“Hello, Dad.”',
      '“You came.”',
      '“Of course I came,” said Tom.',
      '“The nurse is late,” their father said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Pike', 'Harold Brown', 'Tom Pike', 'Harold Brown']);
  });

  it('leaves a name brought in later, not at the next sentence, to be someone else', () => {
    const text = [
      'Tom Pike set the flowers down, because the room was their father’s. The window was open. Harold Brown came in with the tea.',
      '“Hello, Dad.”',
      '“You came.”',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Harold Brown');
  });
});
