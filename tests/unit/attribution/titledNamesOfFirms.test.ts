import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Ruth Castellano of Morgan Fairbank wrote" is the person, what follows "of" their firm; so with the titles news puts
// before a name ("Detective Sergeant", "Dr") and with "of the" before the body.
describe('a titled name before "of" and its body', () => {
  it('gives the words to the titled person, not the force or university', () => {
    const text = [
      'After the verdict, Detective Sergeant Ian Moffat of Deanshire Police said the case showed "nobody is above the law."',
      'Dr Ruth Hale of Carrow University said the data were "clear enough".',
      'Inspector Sam Obi of the Deanshire Police said officers were "relieved".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ian Moffat', 'Ruth Hale', 'Sam Obi']);
  });

  it('still reads a body whose name holds "of" as the body', () => {
    const text = 'The Bank of England said inflation was "falling faster than expected".';
    assert.deepStrictEqual(speakers(text), ['the Bank of England']);
  });
});
