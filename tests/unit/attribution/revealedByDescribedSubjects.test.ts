import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News reports a manager's disclosures with "revealed" as it does with "said" ("The Albion boss also revealed that …"),
// and a he/she opening the words after such a sentence is its subject: the role noun read as its holder, the one just
// quoted. A report that cues every turn keeps that reading; its conversation does not hand the words to another
// manager the story brings in later.
describe('a he/she after a sentence whose described subject revealed something', () => {
  it('credits the manager the role noun calls again, not the other side\'s manager named later', () => {
    const text = [
      'Mick Farrow said Hallam Albion had shown "real spirit" after Jonah Tetteh\'s late double beat Brook Lane United.',
      '"You don\'t always get what you deserve," Farrow said. "Today we did."',
      '"Jonah has taken some stick," said Farrow. "He works hard for this team. I told him to keep getting in the box."',
      'The Albion boss also revealed that the striker\'s grandmother had phoned him during the week. "She said, \'Keep faith in him,\' and you don\'t argue with a grandmother," he joked.',
      'Tetteh himself described the goals as "a huge relief".',
      '"It has been a hard few months," the forward told Albion TV. "But the gaffer has stuck with me."',
      'Brook Lane boss Anders Holm was left to rue his side\'s misses.',
      '"We should be out of sight," said the Dane. "Instead we let them breathe."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text)[5], 'Mick Farrow');
  });

  it('reads "revealed" as a verb of saying', () => {
    assert.deepStrictEqual(speakers('"We will not sell him," Farrow revealed.'), ['Farrow']);
  });
});
