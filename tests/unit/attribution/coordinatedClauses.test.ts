import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "… of “hiding the numbers” and a minister asked to intervene": a clause joined on by "and" or "but" after a quotation
// is a clause of its own, not the quotation's attribution.
describe('a clause joined on after a quotation', () => {
  it('does not credit the quotation to the subject of a clause after "and" or "but"', () => {
    const text = [
      'The plan was branded “a slow-motion closure” and a union official asked to see the figures.',
      '',
      'The bridge has been “closed for good”, but the mayor said repairs would start in May.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), [null, null]);
  });

  it('still reads the clause right after a quotation', () => {
    const text = '“We will reopen it,” the mayor said, and left the room.';
    assert.deepStrictEqual(speakers(text), ['the mayor']);
  });
});
