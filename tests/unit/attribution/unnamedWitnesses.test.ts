import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Eyewitness copy: people the article describes instead of naming, and the he/she right after them.
describe('unnamed witnesses in news copy', () => {
  it('gives a he/she to the description of no gender in the sentence just before, not to a woman named later', () => {
    const text = [
      'A 62-year-old retiree who lives near the slope said she heard a roar just after midnight. "The whole house shook," she said.',
      'A teenage volunteer handed out blankets. "It is the least I can do," she said.',
      'Maria Ortiz, 34, a nurse, said the clinic was full.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a 62-year-old retiree', 'a teenage volunteer']);
  });

  it('leaves the he/she to the woman the description itself names', () => {
    const text = 'Senator Ruth Kane arrived late. An aide to Senator Ruth Kane handed out the statement. "We will vote against it," she said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Kane']);
  });

  it('credits the name someone unnamed gave ("who gave her name only as Pat")', () => {
    const text = [
      'A woman from Station Road, who gave her name only as Pat, said the warnings came too late. "Nobody told us anything," she said.',
      'A nurse who gave only her first name, Maria, said the clinic was full. "We are exhausted," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pat', 'Maria']);
  });
});
