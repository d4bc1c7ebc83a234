import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph whose only quotation is words inside a sentence of narration (a motto, an inscription) is narration to
// the conversation around it: the alternation goes on across it, and its last sentence leads into the next turn.
describe('a paragraph quoting only words inside its narration', () => {
  it('is no turn of the conversation', () => {
    const text = [
      'Alice Gray walked with Robert Finch to the end of the orchard, and stopped at the old well.',
      '"You have been very quiet, Mr. Finch."',
      '"I have been thinking."',
      '"About the harvest?"',
      '"About nothing of the kind."',
      'The well, which bore on its rim the words "Drink and be glad," stood between them; and Alice looked down into it.',
      '"Then you had better tell me."',
      '"I had rather show you."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Alice Gray', 'Robert Finch', 'Alice Gray', 'Robert Finch', null, 'Alice Gray', 'Robert Finch']);
  });
});
