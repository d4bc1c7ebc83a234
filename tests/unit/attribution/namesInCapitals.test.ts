import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "GORDON PELLING, said the plate on the door": a full name printed in capitals inside a sentence is a person, the
// one the text then calls by the given name, and is written in ordinary case.
describe('a name printed in capitals', () => {
  it('is the person the text later calls by the given name', () => {
    const text = [
      'His room was at the end of the corridor. GORDON PELLING, said the plate on the door, and under it someone had stuck a photograph of a cat.',
      'He was sitting by the window. He looked up when I came in.',
      '"There you are. I\'ve been waiting hours."',
      '"It\'s two o\'clock, Dad. I said two."',
    ].join('\n\n') + '\n';
    assert.strictEqual(speakers(text)[0], 'Gordon Pelling');
  });

  it('is no one when it is a heading in capitals', () => {
    const text = ['GORDON PELLING', 'He was sitting by the window. He looked up when I came in.', '"There you are. I\'ve been waiting hours."'].join('\n\n') + '\n';
    assert.notStrictEqual(speakers(text)[0], 'Gordon Pelling');
  });
});
