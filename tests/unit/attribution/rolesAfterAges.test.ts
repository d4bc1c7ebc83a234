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

// "The director was Frank Halloway": a sentence opening on a definite role, then a copula and a name, gives the name
// the role as an appositive does.
describe('a role given by a copula', () => {
  it('gives "The curator was Ilse Vogt" the role, for a later "the curator said"', () => {
    const text = [
      'The show opened in 1998 to poor reviews. The curator was Ilse Vogt, then 27.',
      'Her deputy, Aron Falk, hung the last room. "It was close," he said.',
      '"Closer than he admits," the curator said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Aron Falk', 'Ilse Vogt']);
  });
});
