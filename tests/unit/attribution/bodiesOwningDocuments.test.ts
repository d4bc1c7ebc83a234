import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The council declared an emergency. Its declaration described …": a document "its" or "their" owns speaks for the
// body the sentences before are about; "The company, which trades as Quillwise, …" is Quillwise.
describe('documents a body owns', () => {
  it('credits "Its declaration" to the council named before, by its full name', () => {
    const text = 'Marlow District Council met on Monday. The council declared a climate emergency in May. Its declaration called the floods "a warning we ignored."';
    assert.deepStrictEqual(speakers(text), ['Marlow District Council']);
  });

  it('credits "Its website" to the firm the sentence before names', () => {
    const text = 'Penrose Lettings, the largest agent in the city, did not reply. Its website describes its flats as "luxury living."';
    assert.deepStrictEqual(speakers(text), ['Penrose Lettings']);
  });

  it('credits a document to the name a body trades under', () => {
    const text = 'The company, which trades as Quillwise, did not respond. Its website promises "work that passes every check."';
    assert.deepStrictEqual(speakers(text), ['Quillwise']);
  });

  it('leaves "its" alone after a person the text gave a he or she', () => {
    const text = 'Tom Reed said he was tired. Its report called the plan "a disaster."';
    assert.notDeepStrictEqual(speakers(text), ['Tom Reed']);
  });
});
