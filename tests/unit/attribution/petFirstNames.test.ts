import * as assert from 'node:assert';
import { samePerson } from '../../../server/src/engine/attribution/attribute';
import { speakers } from '../../helpers/attributionText';

// A headline or a friend calls someone by the pet form of their first name ("Cliff Mayhew") where the text gives the
// formal one (Clifford Mayhew): one person, whose canonical name is the formal, fuller form.
describe('a full name with a pet first name', () => {
  it('is the same person as the full name with the formal first name, and only that', () => {
    assert.ok(samePerson('Cliff Mayhew', 'Clifford Mayhew'));
    assert.ok(samePerson('Steve Okoro', 'Stephen Okoro'));
    assert.ok(!samePerson('Cliff Mayhew', 'Colin Mayhew'));
    assert.ok(!samePerson('Cliff Mayhew', 'Clifford Mayhew Jones'));
  });

  it('makes the formal form the canonical name, whichever comes first', () => {
    const text = [
      'Village honours Cliff Mayhew',
      '"I had the keys," Cliff Mayhew said.',
      'Clifford Mayhew, 71, has been the school caretaker since 1990. "Anybody would have done it," Mayhew said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Clifford Mayhew', 'Clifford Mayhew']);
  });
});
