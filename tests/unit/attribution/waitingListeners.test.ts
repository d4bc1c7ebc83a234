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

// "Nora watched him do it, and thought of …": one the narration closes on looking on is not the next turn's speaker.
describe('narration that closes on someone watching', () => {
  it('gives the next turn to another party than the onlooker', () => {
    const text = [
      'Margaret Orme lay in the bed by the window, and her son Peter Orme sat beside it.',
      '"Is it raining?" Margaret said.',
      '"A little," Peter said.',
      '"Then shut the window."',
      'He got up and shut it. Margaret watched him do it, the care of it, and thought of the years he had spent shutting windows for her.',
      '"There. Anything else?"',
      '"No."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Margaret Orme', 'Peter Orme', 'Margaret Orme', 'Peter Orme', 'Margaret Orme']);
  });
});
