import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Bread guy’s at the back.” Teddy says he’s coming." then "“He says the invoice is wrong again.”": narration that
// reports someone's words ends their turn; the next uncued turn answers it, and is the one's who spoke before.
describe('narration that reports someone answering', () => {
  it('gives the next turn to whoever spoke before the report', () => {
    const text = [
      'Mara and Ivo were counting jars in the cellar when the door swung open. Luis stood there with a tray.',
      '"The bread man is at the back," he says. "He wants a signature."',
      'Ivo says he is coming.',
      '"He says the invoice is wrong again."',
      '"It is always wrong."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(2), ['Luis', 'Ivo']);
  });
});
