import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A team named like a person ("Ellis Vale", "Brannock Hill") is no antecedent of he or she once the text writes it as
// a team: after "the holders", before "supporters" or "players", or owning a fly-half or a head coach.
describe('team names', () => {
  it('takes the player just described for the he, not the team whose fans jeered him', () => {
    const text = 'Colm Brady missed twice. The holders Ellis Vale won. The 22-year-old was jeered by Ellis Vale supporters as he lined up the kick. "It drifted," he said.';
    assert.deepStrictEqual(speakers(text), ['Colm Brady']);
  });

  it('reads a possessive owning a squad role or a head coach as a team', () => {
    const text = [
      'Ross Teague had a chance late on. Garvan Hill’s fly-half, a 19-year-old, watched it go wide. "That is on me," he said.',
      'Brid Nolan would not blame anyone. Tallis Grange’s head coach spoke to the referee. "We move on," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ross Teague', 'Brid Nolan']);
  });

  it('reads a plural verb after one name, and a capitalised title opening the sentence, as a team\'s', () => {
    const text = [
      'Mark Dolan scored twice. Dunmore Vale, who were relegated last season, were poor. "We switched off," he said.',
      'Ciaran Lowe kicked four penalties. Champions Tallis Grange had no answer. "It was a grind," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mark Dolan', 'Ciaran Lowe']);
  });

  it('reads a verb after a lone surname as a verb, not a team\'s deeds ("Okafor tries")', () => {
    const text = 'Okafor, 24, joined in May. Okafor tries to stay calm before games. "I breathe," he said.';
    assert.deepStrictEqual(speakers(text), ['Okafor']);
  });

  it('still takes a person written before fans for the he when a given name shows one', () => {
    const text = 'Harry Styles fans queued all night. "I never expected this," he said.';
    assert.deepStrictEqual(speakers(text), ['Harry Styles']);
  });
});
