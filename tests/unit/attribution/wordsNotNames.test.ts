import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Capitalised words that are no one's name: a rank or a road written with a digit, a word opening a sentence after a
// quotation that ends like a role noun ("… still exist.”" is no "chemist"), a descriptor before the name it describes.
describe('words wrongly read as names', () => {
  it('reads no name into a word with a digit in it', () => {
    const text = 'Asked if Dunmore was his No1 target, Okafor smiled and said: "Next question."';
    assert.deepStrictEqual(speakers(text), ['Okafor']);
  });

  it('takes no role noun from a quotation ending just before a sentence-opening word', () => {
    const text = 'The inquest into the death of Amy Lusk ended on Friday. "I have heard the evidence," the coroner said. "The conditions which existed that night still exist."\n\n' +
      'Outside court, the family’s solicitor, Omar Vance, read a statement on their behalf. "Amy was the heart of our family," it said. "We will never understand it."';
    // (A statement read on the family's behalf is the family's, not its reader's: statementsIssuedInSentence.test.ts.)
    assert.deepStrictEqual(speakers(text).slice(2), ['the family', 'the family']);
  });

  it('credits the name after a descriptor that drops its article, not the descriptor’s first word', () => {
    assert.deepStrictEqual(speakers('Supporters were angry. Protest group Harrow Faithful posted on X: "If he goes, the board goes."'), ['Harrow Faithful']);
    assert.deepStrictEqual(speakers('Tech firm Velliant wrote on its blog: "We are sorry."'), ['Velliant']);
  });
});
