import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "said my sister-in-law", "her son-in-law said": a relative by marriage is a person noun of the base kin word's
// gender, so the phrase is the clause's speaker and never the he/she of an aside after it.
describe('in-laws as speakers', () => {
  it('reads "said my sister-in-law, who …" as the clause, not the she of its aside', () => {
    const text = [
      'Nora Vance was my brother\'s wife, and she never tired of giving me advice.',
      '',
      '“You waste your days,” said my sister-in-law, who often speaks as if she were on a stage.',
    ].join('\n');
    const [said] = speakers(text);
    assert.ok(said === 'Nora Vance' || said === 'my sister-in-law', String(said));
  });

  it('gives "her son-in-law said" a man, not the woman the sentence before names', () => {
    const text = [
      'Mira Olsen, 82, has lived above the bakery since 1970. Her son-in-law, Piet Haas, runs it now.',
      '“She still checks the ovens at five,” her son-in-law said.',
    ].join('\n');
    const [said] = speakers(text);
    assert.strictEqual(said, 'Piet Haas');
  });
});
