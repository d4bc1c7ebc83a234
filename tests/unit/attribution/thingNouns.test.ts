import * as assert from 'node:assert';
import { isPersonNoun } from '../../../server/src/engine/attribution/clauses';
import { THING_NOUNS } from '../../../server/src/engine/attribution/thingNouns';
import { speakers } from '../../helpers/attributionText';

// A noun ending as "teacher", "juror" or "student" does is a person only when WordNet gives it a person's sense: "the
// matter", "the water", "the season" are things. A word WordNet does not know keeps the ending's reading.
describe('things that end as people do', () => {
  it('takes "matter", "water", "corner" and "season" for no person, as it does "teacher" and "juror"', () => {
    assert.deepStrictEqual(
      ['matter', 'water', 'corner', 'season', 'restaurant', 'matters', 'teacher', 'juror', 'operator', 'teachers'].map(isPersonNoun),
      [false, false, false, false, false, false, true, true, true, true],
    );
  });

  it('still takes a coinage WordNet does not know for a person by its ending', () => {
    assert.deepStrictEqual(['saloon-keeper', 'co-founder', 'podcaster', 'podcasters'].map(isPersonNoun), [true, true, true, true]);
  });

  it('keeps a body or a document, which news has speak, as the ending reads it', () => {
    assert.deepStrictEqual(['government', 'committee', 'statement', 'newsletter'].map(isPersonNoun), [true, true, true, true]);
  });

  it('holds single lower-case words, sorted', () => {
    const words = [...THING_NOUNS];
    assert.ok(words.every((w) => /^[a-z][a-z-]*[a-z]$/.test(w)));
    assert.deepStrictEqual(words, [...words].sort());
  });

  it('gives "a person familiar with the matter, who said" to that person', () => {
    const text = 'The board will vote in May, according to a person familiar with the matter, who said the members were “split down the middle”.';
    assert.deepStrictEqual(speakers(text), ['a person familiar with the matter']);
  });

  it('gives "the water" no words', () => {
    const text = 'Marta Kell stood on the bridge. The water said nothing. “It will rise by morning,” she said.';
    assert.deepStrictEqual(speakers(text), ['Marta Kell']);
    assert.ok(!speakers('Below the bridge the water said “hush” to the stones.').some((s) => /water/.test(s ?? '')));
  });

  it('gives the words of "a man standing by the fire doors" to that man, not to the doors', () => {
    const text = 'The minister spoke for an hour. That drew jeers from the back, where a man standing by the fire doors shouted: “You have made up your minds!”';
    assert.deepStrictEqual(speakers(text), ['a man']);
  });
});
