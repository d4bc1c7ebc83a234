import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A letting agent in the town centre was blunt. “I could let every flat …”": a quotation alone, with no clause,
// after a sentence that opens on an unnamed person is that person's, described in full, not the last one named.
describe('a quotation alone after an unnamed person', () => {
  it('goes to the description the sentence before opens with, in the same paragraph or the next', () => {
    const text = [
      'Priya Nandra, the cabinet member, said the council had "no money left." ',
      'A barber in the high street was less patient. "Nobody comes in any more. I sit here all day."',
      'A nurse at the clinic was blunt.',
      '"We are running on goodwill."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Priya Nandra', 'a barber in the high street', 'a nurse at the clinic']);
  });

  it('leaves a quotation after a sentence about a thing, or one holding a quotation, to the rules before', () => {
    const text = 'Tom Reed said the hall was "full." There was a loud noise behind her and she turned.\n"Who is there?"';
    assert.notStrictEqual(speakers(text)[1], 'a loud noise behind her');
  });

  it('needs the description to open the sentence ("Then she seized a small boy" is about her)', () => {
    const text = 'Ada Lowe swept the porch.\n\n"Tom!" she called.\n\nThen she seized a small boy by the collar.\n\n"What have you been doing?"';
    assert.notStrictEqual(speakers(text)[1], 'a small boy');
  });
});
