import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// No one calls themself Mum: a lone surname two of a family share, cueing words that speak of the speaker's own
// mother or father, is not the one the text made that parent, but that parent's child.
describe('parents spoken of', () => {
  it('gives a lone surname whose words speak of "Mum" to the mother\'s daughter, not the mother named just before', () => {
    const text = [
      'Ruth Hale found out her novel had been banned from a stranger. Hale, 52, has read the letter many times. "It is strange," Hale said.',
      'Her mother, the poet Agnes Hale, had a collection pulled from a school in 1984. "Mum framed the letter," Hale said. "She said it was the best review she ever got."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Hale', 'Ruth Hale', 'Ruth Hale']);
  });

  it('reads "my father" as the speaker\'s own parent too, and "Hale said:" before the words', () => {
    const text = [
      'Tom Hale has run the boatyard since 2001. "It is a hard trade," Hale said.',
      'His father, the shipwright Peter Hale, built the first boat in the shed in 1962. Hale said: "My father never once took a holiday."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Hale', 'Tom Hale']);
  });

  it('leaves the lone surname to the parent named just before when the words speak of no parent', () => {
    const text = [
      'Ruth Hale found out her novel had been banned from a stranger. Hale, 52, has read the letter many times. "It is strange," Hale said.',
      'Her mother, the poet Agnes Hale, had a collection pulled from a school in 1984. "They were frightened of a small book," Hale said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Hale', 'Agnes Hale']);
  });
});
