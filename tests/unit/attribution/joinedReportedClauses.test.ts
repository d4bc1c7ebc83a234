import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "She was gracious, and said her serve had “deserted” her": a speech verb joined by "and" brings in a reported clause
// whose partial quotation is the subject's, whatever verb (an auxiliary too) the subject had first.
describe('speech verbs joined by "and" before reported speech', () => {
  it('credits the pronoun subject of a copula, past an opening phrase and a "but"', () => {
    const text = 'Nina Salk lost in three sets. In her press conference she was calm but tired, and said her legs had "gone" late on.';
    assert.deepStrictEqual(speakers(text), ['Nina Salk']);
  });

  it('credits the name in apposition after a plural possessive role, not the club', () => {
    const text = 'Harriers\' head of coaching, Colm Tierney, is the winger\'s father, and conceded the game had been "painful to watch."';
    assert.deepStrictEqual(speakers(text), ['Colm Tierney']);
  });

  it('reads past a number opening the sentence to its subject', () => {
    const text = 'Ed Banner reviewed the club in 2019. Three years later Banner went back and wrote that it had become "a proper club."';
    assert.deepStrictEqual(speakers(text), ['Ed Banner']);
  });

  it('leaves a quotation after a second speech verb in the reported clause to that verb\'s subject', () => {
    const text = 'Tom Vale smiled and said the referee told him it was "a clear penalty."';
    assert.deepStrictEqual(speakers(text), ['the referee']);
  });
});
