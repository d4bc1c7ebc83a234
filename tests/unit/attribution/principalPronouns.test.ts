import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A profile goes back to the one it is about between the paragraphs it gives others: a he/she opening a paragraph's
// narration, after a paragraph naming no one of its gender, is the principal person.
describe('a profile coming back to its principal person', () => {
  const opening = 'Maren Hollis has run the ferry café at Skelby for thirty years. "I open at five because the boat does," she says.\n' +
    'Hollis is 63, and Hollis still bakes every scone herself. Her niece, Beth Hollis, works the till on Saturdays. "She taught me to count change backwards," Beth says.\n';

  it('reads a paragraph-opening she, after a paragraph about a man, as the woman the profile is about', () => {
    const text = opening +
      'A regular, Tom Reddy, who has eaten breakfast there since 1998, said the bacon had not changed. "Nor has the price, nearly," he said.\n' +
      'What next? She is thinking of a second café, she says. "Somewhere with a bigger kitchen."';
    assert.deepStrictEqual(speakers(text).slice(2), ['Tom Reddy', 'Maren Hollis']);
  });

  it('reads it so past an unnamed speaker of her gender brought in by the paragraph before', () => {
    const text = opening +
      'A spokeswoman for the ferry company said the lease was "under review."\n' +
      'As the last boat comes in she is wiping the counter. "I have heard that before," she says.';
    assert.deepStrictEqual(speakers(text).slice(2), ['a spokeswoman for the ferry company', 'Maren Hollis']);
  });

  it('leaves the she with the woman the paragraph before was about', () => {
    const text = opening +
      'Beth Hollis, 24, is saving for college. She says the café taught her patience.\n' +
      'Next year she will leave for Leeds. "I will miss the five o\'clock starts," she says.';
    assert.deepStrictEqual(speakers(text).slice(2), ['Beth Hollis']);
  });

  it('takes the one the opening names for the principal when another is named as often', () => {
    const text = 'Ines Varley is on her knees in the cellar of the Anchor, counting casks. "I bought too many," she says.\n' +
      'Varley, 58, took over the pub in 1999. Now the brewery has ended the lease.\n' +
      'Her barman, Luka Brandt, has worked there for twenty years. "She never once shouted," he said.\n' +
      'Brandt has a job lined up in Bristol. "She rang them for me," the 44-year-old said.\n' +
      'The critic Rhona Gale once called the Anchor "a miracle with bad chairs". Asked about the closing, Gale said: "It is the end of something."\n' +
      'One barman, who asked not to be named, said staff had been offered three months\' pay. "Nobody does that," he said.\n' +
      'What next? She is writing a book, she says. "Not a cookbook."';
    assert.deepStrictEqual(speakers(text).slice(1), ['Luka Brandt', 'Luka Brandt', 'Rhona Gale', 'Rhona Gale', 'one barman', 'Ines Varley']);
  });
});
