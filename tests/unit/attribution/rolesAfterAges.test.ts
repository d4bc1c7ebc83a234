import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News writes a person's age before their role: "said Ilse Vogt, 52, the curator." The role is still theirs,
// so "the curator" later is Vogt, not the last person named.
describe('a role written after the age', () => {
  it('gives "Name, 52, the curator" the role, for a later "the curator said"', () => {
    const text = [
      '"We closed the galleries at noon," said Ilse Vogt, 52, the curator.',
      'Her deputy, Aron Falk, 30, locked the last room. "It was close," he said.',
      '"Closer than he admits," the curator said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ilse Vogt', 'Aron Falk', 'Ilse Vogt']);
  });
});
