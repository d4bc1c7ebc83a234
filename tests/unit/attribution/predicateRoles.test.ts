import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Adam Vance became chief executive in the summer": a role given by a verb of being or becoming names its holder.
describe('roles given in a predicate', () => {
  it('takes "the chief executive" for the one who "became chief executive", not the woman quoted since', () => {
    const text = 'Ivo Marsh became chief executive in the summer. The MP, Ruth Sowande, said she was worried. "It matters," she said. ' +
      'Asked about her comments, the chief executive said the door was "always open."';
    assert.deepStrictEqual(speakers(text), ['Ruth Sowande', 'Ivo Marsh']);
  });

  it('gives no role from a predicate that ends on no role noun ("was the captain\'s uncle")', () => {
    const text = 'Ivo Marsh was the captain\'s uncle. Ruth Sowande is the club captain. "We won," the captain said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Sowande']);
  });
});
