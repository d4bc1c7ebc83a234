import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// A headline drops articles and owners: its bare kin noun is the relative of the one it named before, as the story
// names them later.
describe('a headline\'s bare kin noun', () => {
  it('reads "… Ann Kerr as sister says" as the sister the story names later', () => {
    const text = [
      'Inquest into death of Ann Kerr opens as sister says "we want the truth"',
      '',
      'An inquest has opened into the death of Ann Kerr, 23, who fell from a balcony in Leeds in March.',
      'Ann\'s sister, Joan Kerr, said the family had waited eight months for answers.',
    ].join('\n');
    const [a] = attributions(text);
    assert.strictEqual(a.speaker, 'Joan Kerr');
    assert.strictEqual(a.mention?.text, 'sister');
    assert.strictEqual(a.cue, 'says');
  });

  it('leaves a kin noun with a determiner in a headline to the clause ("her sister says")', () => {
    const text = [
      'Ann Kerr inquest opens as her sister says "we want the truth"',
      '',
      'An inquest has opened into the death of Ann Kerr, 23. Her sister, Joan Kerr, said the family had waited months.',
    ].join('\n');
    assert.strictEqual(attributions(text)[0].mention?.text, 'her sister');
  });
});
