import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "said Rudd, in a voice she had never heard him use": the she opening a relative clause on "a voice" is the
// hearer's, and says nothing of which Rudd spoke.
describe('attribution: a shared surname before a relative clause', () => {
  it('reads the bearer\'s sex past a he/she that opens a clause on a noun', () => {
    const text = [
      'Private Tom Rudd lay in the end bed with his eyes shut.',
      'The letter had come that morning, with Mrs Mary Rudd written across the back of it, and Nora read it aloud.',
      '“She always did go on,” said Rudd, in a voice she had never heard him use.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Rudd']);
  });

  it('still reads the she of the surname itself', () => {
    const text = [
      'Private Tom Rudd lay in the end bed with his eyes shut.',
      'The letter had come that morning from Mrs Mary Rudd, and Nora read it aloud.',
      '“He always did go on,” said Rudd. She had come up from the country to see him.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mary Rudd']);
  });
});
