import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News names many people whose given names say nothing of their gender: a he/she goes to the subject the sentences
// just before are about, not to someone further back only because the text showed that one's gender.
describe('he and she in news paragraphs', () => {
  it('takes the subject of the sentence before, named by surname, over a woman of known gender named earlier', () => {
    const text = [
      'Ysolde Marrack and Tamsin Idris both work at the depot. Marrack, 41, was told on Tuesday that her shift would end.',
      '',
      '"I have given them twenty years," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ysolde Marrack']);
  });

  it('takes the subject of the sentence before over its object', () => {
    const text = 'Ysolde Marrack and Tamsin Idris both work at the depot. Marrack thanked Idris for her support. "She kept me going," she said.';
    assert.deepStrictEqual(speakers(text), ['Ysolde Marrack']);
  });

  it('still takes the woman when the subject before is known to be a man', () => {
    const text = 'Tamsin Idris works at the depot. Mr Marrack, 41, was told on Tuesday that his shift would end. "It is a shame," she said.';
    assert.deepStrictEqual(speakers(text), ['Tamsin Idris']);
  });

  it('reads "the 34-year-old" as the person named with that age, and a she after it as theirs', () => {
    const text = [
      'Tamsin Idris manages the depot. Ysolde Marrack, 34, has worked there for a decade.',
      '',
      'The 34-year-old said she had not been told about the closure. "I found out from a friend," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ysolde Marrack']);
  });

  it('does not take an owner named in the possessive for the she after the sentence', () => {
    const text = 'Tamsin Idris manages the depot. Ysolde Marrack, 34, works there. Marrack\'s colleague Brigid Oduya agreed. "We are the last to know," she said.';
    assert.deepStrictEqual(speakers(text), ['Brigid Oduya']);
  });

  it('keeps a he/she on the one whose turn the narration goes on with ("…," said Priya Raman. She added …)', () => {
    const text = [
      'Marta Kowalczyk, who chairs the dockers\' union, called a strike. "We are patient," Kowalczyk said.',
      'According to the union, the offer is too low. "It is a pay cut," the union leader said.',
      '"Every day adds two days of backlog," said Priya Raman, an analyst at Corvel Research. She added that shops were rerouting.',
      '"You will see empty shelves," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Marta Kowalczyk', 'Marta Kowalczyk', 'Priya Raman', 'Priya Raman']);
  });

  it('gives no leadership to the chair of a meeting, and no gender to one who chairs', () => {
    const text = [
      'Councillor Janet Okoro, who chaired the meeting, called for quiet. "I know feelings are high," she told the gallery.',
      'The leader of the council, Cllr Martin Fell, opened the debate. "Nobody came here to close libraries," he said.',
      'Born Margaret Hale in 1938, she was the youngest of four.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Janet Okoro', 'Martin Fell']);
  });

  it("reads a role with a name in apposition as that name's, not as the role's earlier holder", () => {
    const text = [
      'Councillor Bethan Rowe, who chairs the flood committee, spoke first. "The culvert is full," Rowe said.',
      'The council\'s head of planning, Rachel Oduya, said officers would report in December. She said every letter would be read.',
      '"Every one of them will be read," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Bethan Rowe', 'Rachel Oduya']);
  });

  it('keeps a he/she turn with the one the last two paragraphs named, not the next speaker, in news that cues every turn', () => {
    const text = [
      'People still live in the village. In a cellar under the old bakery, Olena Marchuk, 71, has made a home with her neighbour Daria.',
      '“Where would I go?” Marchuk asks. “I was born here and I will die here.”',
      'The soldiers bring the women bread twice a week. The widow speaks of them with affection.',
      '“They tell me to leave, and I tell them to go home,” she says.',
      'Daria, who gave only her first name, is less defiant. “We wait for the war to pass,” she says.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Olena Marchuk', 'Olena Marchuk', 'Olena Marchuk', 'Daria']);
  });

  it('does not read a she as the one her own clause tells the words to', () => {
    const text = [
      'Meena Shah runs the till. “We open at eight,” she said.',
      'Her daughter, Anjali, packed the boxes while Ruth Cole waited at the counter. “Same as last week,” she tells Anjali.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Meena Shah', 'Ruth Cole']);
  });

  it('takes a name set off with an age after a shop’s noun for a person’s, not the shop’s', () => {
    const text = 'Few people still live on the square. Above the old village shop, Zirka Pavlyuk, 71, keeps a room with her neighbour Daria. She has no plans to leave. “I was born here,” she said.';
    assert.deepStrictEqual(speakers(text), ['Zirka Pavlyuk']);
  });
});
