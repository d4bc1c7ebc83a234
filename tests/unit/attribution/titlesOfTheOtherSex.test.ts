import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Mrs. Tallboys" is a woman's title: among the bearers of the surname it is never the one the text made "the brother",
// though he was named last and his given name is no common one.
describe('attribution: a title of the other sex than a bearer the text gave a role', () => {
  it('goes to the bearer whose sex it fits', () => {
    const text = [
      'A woman who said she was Ysanne Tallboys had sent for me, and I came at three.',
      'Then a man came down the stairs with a glass in his hand. Osric Tallboys, the brother. He stopped to look at me.',
      '“You’re not driving anywhere today, Osric,” Mrs. Tallboys said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ysanne Tallboys']);
  });
});
