import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Then we go round by the ford,” Ruth said to Nell." "“Not with the cart.”": in a text that leaves turns uncued, the
// one a clause says the words were for answers them, also when it is no question; a first-person narration's "me" is
// its narrator.
describe('an uncued turn right after words said to someone', () => {
  it('is theirs, before the alternation of the turns around it', () => {
    const text = [
      'Ruth Kell, Amos Fenn and Nell Varley sat at the long table in the kitchen.',
      '"Is it raining?"',
      '"Since noon."',
      '"The bridge is down again," said Amos.',
      '"Then we go round by the ford," Ruth said to Nell.',
      '"Not with the cart, we don\'t."',
      '"Why not?"',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[4], 'Nell Varley');
  });

  it('is the narrator\'s when the words were said to "me"', () => {
    const text = [
      'I found Ruth Kell and Amos Fenn at the long table in the kitchen. I sat down with my coat still on, and my boots ' +
        'still wet, and I said nothing for a while. My hands were cold and I kept them in my pockets.',
      '"Is it raining?"',
      '"Since noon."',
      '"The bridge is down again," said Amos.',
      '"Then you go round by the ford," Ruth said to me.',
      '"Not with the cart, I don\'t."',
      '"Why not?"',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[4], 'I');
  });
});
