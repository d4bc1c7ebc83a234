import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” said the weeping handmaiden. “Ah, Ellis,” cried Miss Marjoribanks": the description someone answers by name
// is that name, and so is the same description wherever else it speaks.
describe('descriptions answered by name', () => {
  it('names the description the next speaker of the paragraph calls by name, and the one tagged just before it', () => {
    const text = '"I cannot bear to leave you, miss," sobbed the old servant. "I have lost the best mistress," said the weeping maid. "Ah, Hannah," cried Lucy Grey, "we must be brave."';
    assert.deepStrictEqual(speakers(text), ['Hannah', 'Hannah', 'Lucy Grey', 'Lucy Grey']);
  });

  it('gives a description the name someone called it by at another of its turns', () => {
    const text = [
      '"Lor bless her, no!" said the nurse.',
      '',
      'The surgeon rose and went to the window, and stood there a long while.',
      '',
      'Outside the rain had begun again, and the yard was empty.',
      '',
      'An hour went by. The fire burned low in the grate.',
      '',
      'Nobody came up the stairs, and nobody went down them.',
      '',
      'At last the candle guttered and went out.',
      '',
      '"It is all over, Mrs. Pike!" said the surgeon at last.',
      '',
      '"Ah, poor dear, so it is!" said the nurse.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Pike', 'the surgeon', 'Mrs. Pike']);
  });
});
