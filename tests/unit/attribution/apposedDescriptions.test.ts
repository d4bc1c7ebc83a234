import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Her landlord, a retired welder who declined to be named, said …": the indefinite description in apposition to the
// subject says who the unnamed subject is, and the he/she after that sentence is theirs, not the last man named.
describe('an unnamed subject described in apposition', () => {
  it('credits the he after "Her X, a man …, said" to the man described', () => {
    const text = [
      '"The rent doubled," said Osvaldo Quintrell, who runs the tenants\' group.',
      'Her landlord, a retired welder who declined to be named, said the rise was fair. "Costs went up for me too," he said.',
    ].join('\n');
    const [first, second] = speakers(text);
    assert.strictEqual(first, 'Osvaldo Quintrell');
    assert.match(second ?? '', /^a retired welder\b/);
  });

  it('keeps a named person in apposition', () => {
    const text = [
      '"The rent doubled," said Osvaldo Quintrell, who runs the tenants\' group.',
      'Her landlord, Bram Ellery, said the rise was fair. "Costs went up for me too," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Osvaldo Quintrell', 'Bram Ellery']);
  });
});
