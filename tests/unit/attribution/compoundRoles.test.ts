import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

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

  it('reads a "-wright" as a calling, so "asked the wheelwright, leaning forward" ends at the wheelwright', () => {
    const text = [
      '"What harm is gold?" said Bob Cattermole the wheelwright, who had a broad red face. Old Mr. Samuel Grigg sat nearest the fire.',
      '"Ah," said Mr. Grigg.',
      '"And did she say aught to you?" asked the wheelwright, leaning forward.',
    ].join('\n\n');
    const last = attributions(text)[2];
    assert.deepStrictEqual([last.speaker, last.mention?.text], ['Bob Cattermole', 'the wheelwright']);
  });
});
