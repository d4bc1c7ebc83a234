import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A sentence that says what a full-named person is, then gives a lone name and whom it is used by, "and therefore
// Doc to everyone", names that person; so does a passive after "who", "who was eleven and known to all as Bobs".
describe('attribution: nicknames given with their users', () => {
  it('joins "and therefore Doc to everyone" to the one the sentence is about', () => {
    const text = [
      'Marco Idris, who was the ship’s surgeon and therefore Doc to everyone aboard, shut his bag.',
      '“Nobody is dying tonight,” said Doc.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Marco Idris']);
  });

  it('joins a nickname known after "who was" to the name before it', () => {
    const text = [
      'Her cousin Walter Finch, who was nine and known to the whole school as Wobbles, ran ahead.',
      '“Last one in is a toad,” said Wobbles.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Finch']);
  });

  it('leaves the nickname alone when the sentence names two people it could be', () => {
    const text = [
      'Marco Idris was the surgeon, Anna Bray the purser, and Pell to everyone aboard the cabin boy.',
      '“Nobody is dying tonight,” said Pell.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pell']);
  });
});
