import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Warden, Osric Pell, …", "Sister Maddox … Sister paused": an office or a title used as a name is its holder.
describe('attribution: a title used as a name', () => {
  it('takes an office written after "the" for the full name set off beside it', () => {
    const text = [
      'The hall was cold. The Archon, Osric Pell, had a voice like gravel in a pail.',
      '“We ride at dawn,” said the Archon.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Osric Pell']);
  });

  it('takes an office for the one the next sentence first names', () => {
    const text = [
      'The Archon had not spoken all morning. Ilse Varga was small and grey and sat very still.',
      'At last the envoy turned to the end of the table.',
      '“You have heard it all,” said the Archon. “Now hear me.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ilse Varga', 'Ilse Varga']);
  });

  it('links no office to a name of the other sex', () => {
    const text = [
      'The Archon rose from her chair. Tomas Varga came in with the letters, and he set them down.',
      '“You have heard it all,” said the Archon.',
    ].join('\n\n');
    assert.notDeepStrictEqual(speakers(text), ['Tomas Varga']);
  });

  it('takes a title alone for the one the text wrote it before', () => {
    const text = [
      'Sister Maddox stood at the end of the ward with her hands folded: Edith Maddox, who had nursed in two wars.',
      '“Yes, Sister?”',
      '“And Miss Ashby —” Sister paused; her eyes travelled once over the ward. “There is cold water in the sluice room.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Edith Maddox', 'Edith Maddox']);
  });

  it('takes a title alone for the one it was set off after as a common noun', () => {
    const text = [
      'Lights out was at nine, Matron had said, and it was ten past.',
      'The door opened. Edith Maddox, the matron, stood there with a lamp.',
      '“Back to bed,” said Matron.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Edith Maddox']);
  });

  it('links no office the text ties to two people', () => {
    const text = [
      'The Archon had not spoken all morning. Ilse Varga was small and grey and sat very still.',
      'Across the hall the Archon, Nadia Hale, was writing.',
      '“You have heard it all,” said the Archon.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Archon']);
  });
});
