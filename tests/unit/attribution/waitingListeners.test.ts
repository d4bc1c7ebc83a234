import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Coyle did not go. He stayed crouched on his heels, and Danvers waited.": one the narration leaves waiting or
// listening does not speak next; the one who spoke last goes on.
describe('narration that leaves someone waiting', () => {
  it('gives the next turn to the other party', () => {
    const text = [
      'Harold Vane sat in the cellar, and Sergeant Tom Boyd came down the steps.',
      '"Supper, sir."',
      '"Share it out, then."',
      '"Sir."',
      'Boyd did not go. He stayed crouched on his heels, turning his helmet in his hands, and Vane waited.',
      '"The guns have gone quiet, sir."',
      '"I had noticed."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Boyd', 'Harold Vane', 'Tom Boyd', 'Tom Boyd', 'Harold Vane']);
  });
});
