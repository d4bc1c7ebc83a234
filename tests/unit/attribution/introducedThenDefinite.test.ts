import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A man in a knit cap is holding a clipboard. … The man looks at the signature. He says, “…”": English brings a
// newcomer in with "a" and calls the same one "the" next, so the he of "the man" is the man in the knit cap.
describe('a newcomer called again by "the"', () => {
  it('is the stranger "a" brought in, as the text described him', () => {
    const text = [
      'Marta Vance opens the back door. A man in a knit cap is standing in the alley with a clipboard.',
      'Marta signs. The man looks at the signature, then at Marta. He says, “Vance. Like on the window.”',
      '“Like on the window.”',
      '“My wife and I came here once.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a man in a knit cap', 'Marta Vance', 'a man in a knit cap']);
  });
});
