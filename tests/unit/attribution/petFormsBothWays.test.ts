import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A pet form may take its ending in place of a name's silent e ("Maudie" of Maude, "Junie" of June), and a formal
// given name calls the one who goes by its pet form ("Dear Raymond," of Ray Kettleman): one person either way.
describe('attribution: pet forms either way', () => {
  it('takes a pet ending in place of a silent e as the formal name', () => {
    const text = [
      'Maude Pellworth sat down at the desk by the window and took the cover off the typewriter.',
      '“You look tired,” said Hollis. “Go home.”',
      '“Not yet,” said Maudie.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hollis', 'Hollis', 'Maude Pellworth']);
  });

  it('gives a formal name to the one who goes by its pet form', () => {
    const text = [
      'Private Ray Okafor read the letter on his bunk while the others cleaned their rifles.',
      '“Who is it from?” asked Mendel.',
      '“My mother,” said Raymond, and folded it small.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mendel', 'Ray Okafor']);
  });
});
