import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The caretaker was on his knees by the boiler. “…,” the old man muttered": a description by sex and look is the
// stranger the narration has just shown in a role, not the named man of the scene.
describe('a stranger described again by look', () => {
  it('takes "the old man" for the caretaker the narration just showed', () => {
    const text = [
      'Mr. Pell led the class down the iron stairs to the boiler room. The caretaker was on his knees in front of the boiler with a spanner, and he did not get up.',
      '“Radiators,” the old man muttered, when Mr. Pell had explained. “Always the radiators.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the caretaker', 'the caretaker']);
  });

  it('leaves it to a man the narration names after the caretaker', () => {
    const text = [
      'The caretaker was on his knees in front of the boiler. Mr. Pell came down the stairs with the class.',
      '“Radiators,” the old man muttered. “Always the radiators.”',
    ].join('\n\n');
    assert.notDeepStrictEqual(speakers(text), ['the caretaker', 'the caretaker']);
  });

  it('takes no role the narration gives the other sex ("The surgeon handed it to her. She …")', () => {
    const text = [
      'The surgeon handed the child to her. She kissed it and fell back.',
      '“It is all over,” said the surgeon at last.',
      '“Poor dear,” said the old woman.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'the old woman');
  });
});
