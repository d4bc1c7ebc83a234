import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A role tied to its place or body by phrases ("the delegate from the Union at Leeds") and then given a name set off
// as an apposition ("…, a Mr. Jonas Pilbeam,") is that person's, as "The Mayor of Westbury, Councillor Janet Okoro" is.
describe('a role with phrases of places before the name it is given', () => {
  it('is the name set off after them, an "a" before a titled name too', () => {
    const text = [
      'Beside the chairman sat a stranger in a black coat, whom everyone knew to be the delegate from the Union at Leeds, a Mr. Jonas Pilbeam, though few had spoken to him.',
      'Martha Reed stood up at the back.',
      '"Friends," said the delegate, "I shall be brief."',
      '"Be brief, then," said Martha.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jonas Pilbeam', 'Jonas Pilbeam', 'Martha Reed']);
  });

  it('is not a name a clause after the comma makes its subject', () => {
    const text = [
      'Ana Ruiz had lunch with the minister in Paris, Tomas Berg said on Monday, and the talks went on into the evening.',
      '"It went well," the minister said.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[0], 'Tomas Berg');
  });
});
