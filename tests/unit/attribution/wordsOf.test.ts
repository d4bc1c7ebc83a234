import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "in his mother's words, “…”": a phrase quoted as someone's own wording is theirs, as "according to" makes it.
describe('clauses: in someone’s words', () => {
  it('credits a phrase to the owner of the words, by kin word, by name or by pronoun', () => {
    const text = [
      'Tomasz Nowak left the orchestra in 2019. His sister, Ewa Nowak, still plays in it.',
      'He had, in his sister’s words, “the best left hand in Poland.”',
      'The conductor, Helen Ashby, was sorry to see him go. He was, in Ashby’s words, “impossible to replace.”',
      'Ewa thinks he will come back. He is, in her words, “too restless for anything else.”',
    ].join('\n');
    const found = attributions(text);
    assert.deepStrictEqual(found.map((a) => a.speaker), ['Ewa Nowak', 'Helen Ashby', 'Ewa Nowak']);
    assert.deepStrictEqual(found.map((a) => a.cue), ['in … words', 'in … words', 'in … words']);
  });

  it('credits a phrase "in the words of" someone, named or described, to them', () => {
    const text = [
      'Ada Marsh ran the shop for fifty years and knew, in the words of one neighbour, “everybody’s business.”',
      'She was, in the words of Tom Reed, “the village’s memory.”',
    ].join('\n');
    const found = attributions(text);
    assert.deepStrictEqual(found.map((a) => a.speaker), ['one neighbour', 'Tom Reed']);
    assert.deepStrictEqual(found.map((a) => a.cue), ['in the words of', 'in the words of']);
  });

  it('credits a phrase "by her own account" or "in his own words" to its owner, not to the one named after it', () => {
    const text = [
      'Ilse Brandt learned to weld at 50. Her first sculpture was, by her own account, “a disaster with a plinth.”',
      'The gallery owner was Piet Kroon. Kroon bought it anyway and was, in his own words, “a fool for rust.”',
    ].join('\n');
    const found = attributions(text);
    assert.deepStrictEqual(found.map((a) => a.speaker), ['Ilse Brandt', 'Piet Kroon']);
    assert.deepStrictEqual(found.map((a) => a.cue), ['by … account', 'in … words']);
  });

  it('leaves words with no owner before them alone', () => {
    const text = 'Tomasz Nowak said the hall was, in other words, “a barn with chandeliers.”';
    assert.deepStrictEqual(attributions(text).map((a) => a.cue), ['said']);
  });
});
