import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A lone name the lexicon does not know, with an aside between it and its verb, is the sentence's subject: the
// he/she after it stays on them rather than going to a person of known gender named before.
describe('a lone name whose verb follows an aside', () => {
  const before = 'Coach Lisa Marr said she had told her players to be patient. "We were rushing," Marr said.';

  it('reads past a whose-clause ("Kanoa, whose goal was her ninth, was")', () => {
    const text = `${before}\nKanoa, whose goal was her ninth of the season, was close to tears. "I just kept running," she said.`;
    assert.deepStrictEqual(speakers(text), ['Lisa Marr', 'Kanoa']);
  });

  it('reads past an age ("Kanoa, 24, was")', () => {
    const text = `${before}\nKanoa, 24, was close to tears after the whistle. "I just kept running," she said.`;
    assert.deepStrictEqual(speakers(text), ['Lisa Marr', 'Kanoa']);
  });

  it('reads past an adverb after the aside ("Kanoa, who has scored nine goals, later apologised")', () => {
    const text = `${before}\nKanoa, who has scored nine goals this season, later apologised to the fans. "The booking was stupid," she said.`;
    assert.deepStrictEqual(speakers(text), ['Lisa Marr', 'Kanoa']);
  });

  it('does not make a person of a place with a which-clause', () => {
    const text = `${before}\nHarbourside, which hosted the final, was full. "I just kept running," she said.`;
    assert.deepStrictEqual(speakers(text), ['Lisa Marr', 'Lisa Marr']);
  });
});
