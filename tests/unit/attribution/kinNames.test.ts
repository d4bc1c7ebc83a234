import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Jean was my mother. … Mum came in.": a kin call written as a name is the one person the text made that relative.
describe('attribution: a kin call used as a name', () => {
  const opening = 'I was nine that summer and I did not know much, but I knew my way round the kitchen. Margaret Doyle was my mother.';

  it('takes "Mum" in the narration for the one the text made "my mother"', () => {
    const text = [
      opening,
      'Mum came in from the garden with her hands full of beans. She put them down on the table and looked at me.',
      '“Shell these,” said Mum.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Margaret Doyle']);
  });

  it('keeps "Mum" a person of her own when the text made no one the mother', () => {
    const text = [
      'I was nine that summer and I did not know much, but I knew my way round the kitchen. Margaret Doyle lived next door.',
      'Mum came in from the garden with her hands full of beans. She put them down on the table and looked at me.',
      '“Shell these,” said Mum.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mum']);
  });
});
