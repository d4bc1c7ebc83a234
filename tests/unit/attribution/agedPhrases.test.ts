import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "the 52-year-old said": news calls people by the age it gave them, and by no other.
describe('age phrases', () => {
  it('gives an age phrase after someone unnamed reporting speech to that description, not to a woman named before', () => {
    const text = [
      'Joan Petrie, who chairs the tenants’ group, said repairs took months. “We wait and wait,” she said.',
      'A cleaner at the tower, who did not want to be named because she feared for her job, said the lifts broke “every other day.” “You carry the buckets up nine floors,” the 52-year-old said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), [
      'Joan Petrie', 'a cleaner at the tower', 'a cleaner at the tower',
    ]);
  });

  it('keeps an age phrase for the one named with that age', () => {
    const text = [
      'Joan Petrie, 52, chairs the tenants’ group.',
      'A cleaner at the tower said the lifts broke often. “We wait and wait,” the 52-year-old said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Joan Petrie']);
  });

  it('gives an age no one was given to the one person named before a paragraph of facts that names no one', () => {
    const text = [
      '“It was the chimney,” says Norah Flint, who has kept the shop for thirty years. “It fell in one night.”',
      'The repairs were costly. A builder quoted £40,000, more than the shop took in a year.',
      '“I sat down on the step and laughed,” the 66-year-old says.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Norah Flint', 'Norah Flint', 'Norah Flint']);
  });

  it('does not give an age phrase to someone the text gave another age', () => {
    const text = [
      'Vera Lund ran the ferry for forty years. Her grandson, Tom Lund, 19, posted a photograph of her on Sunday.',
      'Speaking last year, the 83-year-old said she had “no plans to stop.”',
    ].join('\n');
    assert.notStrictEqual(attributions(text)[0].speaker, 'Tom Lund');
  });
});

// "A cleaner at the tower said": "the tower" is the object of "at" (however its ending reads as a person noun's), and
// the subject is the description before the preposition.
describe('clauses: a phrase after a preposition before the verb', () => {
  it('takes the whole description for the subject, not the object of its preposition', () => {
    const text = 'A cleaner at the tower said the lifts failed “every other day.” A porter from the shelter said it was “worse in winter.”';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['a cleaner at the tower', 'a porter from the shelter']);
  });
});

describe('clauses: a subject described at length', () => {
  it('takes a description with a place for the subject, not the place', () => {
    const text = 'A farmer from a village near the border said the water had been “brown for a week.”';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['a farmer from a village near the border']);
  });

  it('takes the one a relative clause describes, not a phrase at its end', () => {
    const text = 'A teacher from a school nearby who attended the long meeting as a parent described the plan as “rushed.”';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['a teacher from a school nearby']);
  });
});

// "Afterwards Harte was asked …": an adverb opening the sentence is no part of the name after it.
describe('names after an opening adverb', () => {
  it('reads the name without the adverb of time before it', () => {
    const text = 'Paula Rusk, 24, scored twice. Afterwards Rusk was asked about the goals. “Lucky,” she said.';
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Paula Rusk']);
  });
});
