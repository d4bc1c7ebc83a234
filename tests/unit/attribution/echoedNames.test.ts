import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A name cried alone right after words that spoke of its bearer echoes those words: it calls no one, so the turn after
// it is answered by whom the rest of that turn calls, not by the absent one.
describe('a name echoed from the turn before', () => {
  const text = [
    'Mrs. Budd sat down at the table. Mr. Crewe carved, and Polly passed the plates.',
    '“They say the house goes to Mr. Fennimore,” said Polly.',
    '“Mr. Fennimore!” Mrs. Budd put down her fork. “I’ll give my notice first, and so I tell you, Mr. Crewe.”',
    '“Nobody has asked you to cook for anybody, Mrs. Budd.”',
  ].join('\n\n');

  it('calls no one: the one called after it answers', () => {
    assert.deepStrictEqual(speakers(text).slice(-1), ['Mr. Crewe']);
  });
});
