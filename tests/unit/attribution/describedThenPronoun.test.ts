import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The waitress came by with the pot. She was sixty, …": narration that goes on about a description no one holds with
// a she leads into that description's words, not those of the woman the text named before.
describe('a he/she going on about a description, leading into a quotation', () => {
  it('in the quotation\'s own paragraph', () => {
    const text = [
      'Lena Szabo had been gone nine days. I sat in the diner with her picture.',
      'The waitress came by with the pot. She was sixty, with forearms like a longshoreman. “You gonna eat those or frame them?”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the waitress']);
  });

  it('in the paragraph before an uncued turn', () => {
    const text = [
      'Lena Szabo had been gone nine days. I sat in the diner with her picture.',
      'The waitress came by with the pot. She was sixty, with forearms like a longshoreman.',
      '“You gonna eat those or frame them?”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the waitress']);
  });
});
