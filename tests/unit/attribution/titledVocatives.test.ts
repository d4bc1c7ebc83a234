import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';
import { vocativesIn } from '../../../server/src/engine/attribution/dialogue';

// "‘Mr. Quill.’" "‘Sir.’": a titled surname that is a whole quotation calls that person, who answers; a lone word
// ("Quick!") or a bare full name may be a command or a name said, and a name that answers a question ("“Who?”"
// "“Father Flynn.”") is whom it is about.
describe('a titled name said alone', () => {
  it('is whom the turn calls', () => {
    assert.deepStrictEqual(vocativesIn('Mr. Quill.'), ['Mr. Quill']);
    assert.deepStrictEqual(vocativesIn('Teddy Voss.'), []);
    const text = [
      'Captain John Farrant stood at the weather rail, and Mr. Quill hovered by the wheel with his chart.',
      '"Mr. Quill."',
      '"Sir."',
      '"Where are we?"',
      '"Four miles off the point, sir."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Mr. Quill', 'John Farrant', 'Mr. Quill']);
  });

  it('is no one called when it answers a question', () => {
    const text = [
      'My uncle looked up from his pipe.',
      '"Well, your old friend is gone."',
      '"Who?" said I.',
      '"Father Flynn."',
      '"Is he dead?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['my uncle', 'I', 'my uncle', 'I']);
  });
});
