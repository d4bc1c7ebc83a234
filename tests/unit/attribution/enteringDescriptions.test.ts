import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The door opened and the second housemaid came in": someone the narration brings into the scene by a definite
// description is whom the he/she right after means, with or without a comma before the "and", and also when the
// words open the next paragraph.
describe('a description the narration brings into the scene', () => {
  it('credits the she/he after "the door opened and the … came in" (no comma) to the description', () => {
    const text = [
      '"Is it far?" asked Mrs. Whitlow.',
      '"Not far," said Jane.',
      'At that moment the door opened and the second housemaid came in to take away the tea-things. "Begging your pardon, ma’am," she said, "the carriage is here."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Whitlow', 'Jane', 'the second housemaid', 'the second housemaid']);
  });

  it('leaves a description joined to another as an object, with no verb of its own, to the named', () => {
    const text = [
      '"Is it far?" asked Mrs. Whitlow.',
      '"Not far," said Jane.',
      'Jane looked at the vicar and the housemaid. "Begging your pardon, ma’am," she said, "the carriage is here."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Whitlow', 'Jane', 'Jane', 'Jane']);
  });

  it('reaches back over a paragraph break to one who came in, not to one who only looked', () => {
    const came = ['Jane sat by the fire with her book.', 'After a while the door opened and the old nurse came in with a tray.', '"Your supper, miss," she said.'];
    const looked = ['Jane sat by the fire with her book.', 'After a while the door opened and the old nurse looked in at the tray.', '"Your supper, miss," she said.'];
    assert.deepStrictEqual(speakers(came.join('\n\n')), ['the old nurse']);
    assert.deepStrictEqual(speakers(looked.join('\n\n')), ['Jane']);
  });
});
