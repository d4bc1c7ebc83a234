import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The council declared an emergency. Its declaration described …": a document "its" or "their" owns speaks as itself,
// as "the declaration"; the body speaks only where the sentence makes it the speaker ("the council said in its report").
describe('documents a body owns', () => {
  it('credits "Its declaration" and "Its website" to the document, not to the body named before', () => {
    const text = [
      'Marlow District Council met on Monday. The council declared a climate emergency in May. Its declaration called the floods "a warning we ignored."',
      'Penrose Lettings, the largest agent in the city, did not reply. Its website describes its flats as "luxury living."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the declaration', 'the website']);
  });

  it('credits "In its report, the council said" to the council', () => {
    const text = 'In its annual report, Marlow District Council said the floods were "a warning we ignored."';
    assert.deepStrictEqual(speakers(text), ['Marlow District Council']);
  });

  it('keeps the owner a name gives a document in its name', () => {
    const text = 'The consultancy was paid £90,000 for what Norland Freight’s review called "strategic support."';
    assert.deepStrictEqual(speakers(text), ['Norland Freight’s review']);
  });
});
