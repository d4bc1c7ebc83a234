import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Dunmere County have been given two weeks": a name with a plural verb is a team's (British usage), whatever its
// last word, so "the club said" is it; a byline's name ending the paragraph before does not swallow it.
describe('teams shown by their verbs', () => {
  it('takes "the club" for a County the text writes with a plural verb, after a byline', () => {
    const text = [
      'Harlow County given 14 days to pay players',
      'By Ann Sefton',
      'Harlow County have been given two weeks by the Northern League to pay their players.',
      'The club is owned by Mark Ives. In a statement of its own, the club said it was "confident of a resolution".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Harlow County']);
  });

  it('leaves a county named with a singular verb no team', () => {
    const text = 'Harlow County has the highest rents in the region. The club said its players could not afford "even a bedsit".';
    assert.deepStrictEqual(speakers(text), ['the club']);
  });
});
