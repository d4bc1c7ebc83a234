import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A pronoun in the sentence of the one person named shows that person's gender unless grammar makes it someone else's
// (the owner of a relation apposed to the name, an object in the name's own "who" clause); a he/she right after a
// quotation, its speech clause, shows it most plainly.
describe('gender votes that grammar keeps from the name beside them', () => {
  it('reads a speech clause\'s he as the gender of "Her apprentice, Ezri Tallow", who "trained under her"', () => {
    const text = [
      'Mara Quist has run the print shop on Dock Street since 1988. Her husband, Piet Quist, keeps the accounts.',
      'The presses are older than the building. Her apprentice, Ezri Tallow, sweeps the floor at six.',
      'The shop smells of ink. Tallow, who trained under her at the college, says she still checks every proof. "She never lets me near the big press," he says.',
      '"Not yet," Mara Quist says.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ezri Tallow', 'Mara Quist']);
  });

  it('counts a speech clause\'s he above a she the name\'s own sentence reports', () => {
    const text = [
      'Greta Holm has owned the bakery on Mill Lane since 1991.',
      'The ovens start at four. Ezri Tallow says she taught half the street to bake. "Her rye sells out by nine," he says.',
      'Tallow hands her a tray. "He burns one batch a week," she says.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ezri Tallow', 'Greta Holm']);
  });
});
