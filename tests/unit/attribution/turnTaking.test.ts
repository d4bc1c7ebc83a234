import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Uncued turns in conversations of three or more people: who speaks comes from the conversation's structure.
describe('turn-taking in conversations of several people', () => {
  it('passes over a reading the turn rules out by addressing that person, to the next likeliest', () => {
    // Alternation says Edith, but the turn speaks to Edith: the third person at the gate, Clara, is left.
    const text = [
      'Clara Voss, Bernard Hale and Edith Marsh stood at the gate.',
      '"Bernard, open it," said Edith.',
      '"It is locked," said Bernard.',
      '"Then we climb it, Edith."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Edith Marsh', 'Bernard Hale', 'Clara Voss']);
  });

  it('gives a turn that speaks to the one the narration was about to whoever spoke before', () => {
    const text = [
      'Margaret Lowe and Josephine Lowe sat by the fire.',
      '"Josephine whistles like a boy," observed Margaret.',
      'Josephine put her hands in her pockets and began to whistle.',
      '"Don\'t, Josephine. It is so rude!"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Margaret Lowe', 'Margaret Lowe']);
  });
});
