import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A turn answers whom the next turn calls first: "Shut up, Young! And you, Moss, …" answers Young, also when Young is
// a common word that counts as a name only because a speech clause called someone by it ("said Young").
describe('the first name a turn calls', () => {
  it('is whom it answers, in the order the names are said', () => {
    const text = [
      'Ruth Carver, Tom Young and Henry Moss sat by the fire after supper.',
      '"I am going north in the spring," said Young.',
      'Moss laughed and filled his pipe.',
      '"Why would anyone go north in the spring?" Ruth asked.',
      '"Because the town bores me."',
      '"Shut up, Young! And you, Moss, what do you say to it?" said Ruth.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Young', 'Ruth Carver', 'Tom Young', 'Ruth Carver']);
  });
});
