import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Documents a sentence brings in and the next speaks through ("It said"), documents the lexicon names (captions,
// notes, submissions), and speakers of their own after an "according to" source.
describe('documents referred to', () => {
  it('credits "It said" to the one document the sentence before brings in, never past a body it also names', () => {
    const text = [
      'Okafor sent an email to staff on Friday. It said: "Please keep this between us."',
      'The trust published its plan on Monday. It called the site "ideal for homes."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the email', 'the plan']);
    assert.deepStrictEqual(speakers('Reed sent a letter to the council. It replied that the matter was "closed."'), [null]);
  });

  it('reads captions, diaries and submissions as documents', () => {
    const text = [
      'The caption under the photograph reads "Opening day, 1927."',
      'Her diary for that week records "rain, and no letters."',
      'The submission describes the project as "a lifeline for the valley."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the caption', 'the diary', 'the submission']);
  });

  it('credits a speaker named after an "according to" source and its comma, right before the verb', () => {
    const text = 'According to the minutes, the chair, Ann Lowe, called the plan "unworkable."';
    assert.deepStrictEqual(speakers(text), ['Ann Lowe']);
  });

  it('reads a document noun after two modifiers as a noun, not a verb ("According to a police incident report")', () => {
    const text = 'According to a police incident report released on Friday, a marcher "threw a bottle at the line" before running off.';
    assert.deepStrictEqual(speakers(text), ['the police incident report']);
  });
});
