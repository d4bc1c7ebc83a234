import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Crowd scenes: speakers the text never names are credited as written, so turn-taking does not hand their turns to
// the named people around them.
describe('unnamed speakers of a crowd', () => {
  it('reads "said another", "somebody else exclaimed" and "said one of the women" as speakers', () => {
    const text = [
      'The women of Marlowe Street stood outside the jail with Hester Lane.',
      '"She deserves worse," said one.',
      '"People say the magistrates are too kind," said another.',
      '"Hush!" somebody else exclaimed.',
      '"And serve her right, too," said one of the women.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['one', 'another', 'somebody else', 'one of the women']);
  });

  it('keeps "one official" a phrase of its own', () => {
    assert.deepStrictEqual(speakers('"We will appeal," said one official.'), ['one official']);
  });
});
