import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Papa" in a Russian family is the one person whose given name a brother's and a sister's patronymic are made of.
describe('attribution: a father named by his children’s patronymics', () => {
  it('makes "Papa" the one whose given name two patronymics share', () => {
    const text = [
      'Dmitri Pyotrovich Kalugin came home from the regiment in May, and Sofya Pyotrovna Kalugina ran down to the gate. Pyotr Ivanovich Kalugin stayed on the porch; everybody knew that Papa came down to nobody.',
      '“You have come,” said Papa.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pyotr Ivanovich Kalugin']);
  });

  it('does not take one patronymic alone for a family: a son may be named for his grandfather', () => {
    const text = [
      'Dmitri Pyotrovich Kalugin came home from the regiment in May. Pyotr Dmitrievich Kalugin stayed on the porch; everybody knew that Papa came down to nobody.',
      '“You have come,” said Papa.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Papa']);
  });
});
