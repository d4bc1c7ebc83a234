import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "She has two sons and has taken, she says, “every extra shift going”": a he/she set between commas inside a sentence
// whose subject is a he/she of its gender reports that subject, so the paragraph's words are hers; the conversation
// does not reread them as the next woman the story brings in.
describe('a he/she between commas in a sentence about a he/she', () => {
  const text =
    `Maeve Dunne knows that squeeze well. The 38-year-old nurse has rented the same flat for nine years. In March, her rent went up by a third.\n\n` +
    `"My landlord was kind about it," she says. "He said his costs had gone up."\n\n` +
    `She has two sons and has taken, she says, "every extra shift going". She has stopped looking at houses. "I just want them to stay at their school," she says.\n\n` +
    `Landlords say they are squeezed too. Colin Barr owns four flats in the town and says rates have wiped out his profit.\n\n` +
    `"Nobody believes me. My margins are thin," he says. He blames "the banks" and says he may sell.\n\n` +
    `For those still trying to buy, loans are getting longer. Priya Lal, a broker who works above a bakery, says a 35-year term was once rare.\n\n` +
    `"Now it is the default," she says. "They will be paying it off at 70."\n\n` +
    `According to Lal, half her clients get help from family. "The ones who don't, I have to be honest with," she says.`;
  it('gives the paragraph to the one its narration is about', () => {
    assert.deepStrictEqual(speakers(text), ['Maeve Dunne', 'Maeve Dunne', 'Maeve Dunne', 'Maeve Dunne', 'Colin Barr', 'Colin Barr', 'Priya Lal', 'Priya Lal', 'Priya Lal']);
  });
  it('keeps a he between commas in a sentence about a she to its own reading', () => {
    const his = text.replace('has taken, she says,', 'has taken, he says,');
    assert.notStrictEqual(speakers(his)[2], 'Maeve Dunne');
  });
});
