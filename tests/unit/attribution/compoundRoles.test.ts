import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The keeper" is the goalkeeper the text named: a role noun refers to the one whose compound role ends in it.
describe('compound roles', () => {
  it('takes "the keeper" for the goalkeeper and "the firefighter" for the one the text made one', () => {
    const text = [
      "Larchfield's goalkeeper, Ruairi Breen, saved a penalty. \"I dived the wrong way,\" said the keeper.",
      'Volunteer firefighter Osian Pugh was first on the scene. "The roof was already gone," the firefighter said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ruairi Breen', 'Osian Pugh']);
  });

  it('leaves "the keeper" a phrase when no one holds such a role', () => {
    assert.deepStrictEqual(speakers('Goran Ilic scored twice. "Unstoppable," said the keeper.'), ['the keeper']);
  });
});
