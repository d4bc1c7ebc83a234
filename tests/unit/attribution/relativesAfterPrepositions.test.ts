import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "quashed by appeal judges, who said …": a "who" stands for people, so after a preposition's object the people that
// object describes speak; a name there may be a body's, which no "who" speaks for.
describe('a "who" clause after a preposition\'s object', () => {
  it('credits the people the object describes', () => {
    const text = 'Her sentence was overturned by three appeal judges, who said the original trial had shown "a troubling lack of care".';
    assert.deepStrictEqual(speakers(text), ['three appeal judges']);
  });

  it('credits a described person after "by"', () => {
    const text = 'The bill was put at £2m by the borough treasurer, who said the council would need "at least six new inspectors".';
    assert.deepStrictEqual(speakers(text), ['the borough treasurer']);
  });

  it('does not credit a name after the preposition', () => {
    const text = 'Tom Hale, reviewer for the Evening Ledger, who said the show was "a slow-motion disaster", walked out at the interval.';
    assert.notStrictEqual(speakers(text)[0], 'the Evening Ledger');
    assert.notStrictEqual(speakers(text)[0], 'Evening Ledger');
  });
});
