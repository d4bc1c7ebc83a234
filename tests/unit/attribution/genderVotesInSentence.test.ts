import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A pronoun grammar keeps from the one name of its sentence ("his business partner, Reena Kapadia,") shows someone
// else of that gender is about: the sentence's other pronouns of it, before it as well as after, say nothing of the
// name's gender.
describe('gender votes in a sentence where grammar shows someone else of the gender', () => {
  it('are not cast by a pronoun before the one shown to be another’s', () => {
    const text = [
      'Jonah Pennifold, a 29-year-old app developer, said he had already decided to buy one.',
      '“I’ll regret it on the credit card statement,” he said.',
      'Sitting next to him, his business partner, Reena Kapadia, was less sure.',
      '“Ask me again when it’s been in his back pocket for a week,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jonah Pennifold', 'Reena Kapadia']);
  });

  it('are still cast by a sentence whose pronouns are all the name’s', () => {
    const text = [
      'Jonah Pennifold, a 29-year-old app developer, said he had already decided to buy one.',
      '“I’ll regret it on the credit card statement,” he said.',
      'Sitting next to the stage, Arlo Kapadia shook his head.',
      '“Ask me again when it’s been in his back pocket for a week,” he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jonah Pennifold', 'Arlo Kapadia']);
  });
});
