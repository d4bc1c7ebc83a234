import * as assert from 'node:assert';
import { attributeQuotations } from '../../../server/src/engine/attribution/attribute';
import { quotationsOf, speakers } from '../../helpers/attributionText';

// Who a he/she or a role phrase refers to in fiction: people named only in dialogue, scenes, kin of the narrator.
describe('attribution references', () => {
  it('gives a phrase turn to a woman the previous turn addresses by an honorific the narration never uses', () => {
    const text =
      'The surgeon bent over the bed for a long while.\n\n' +
      '"It is over, Mrs. Pim," said the surgeon at last.\n\n' +
      '"Ah, the poor dear," said the old woman, picking up the cork.\n';
    assert.deepStrictEqual(speakers(text), ['the surgeon', 'Mrs. Pim']);
  });
});

describe('attribution references: addressees', () => {
  it('takes a woman a quotation addresses as present for the she after it, but never for its own cue', () => {
    const text =
      'Marta Quist sat by the stove all evening. Later the doctor, Ivo Brandt, came up the stairs.\n\n' +
      '"Feeling better, Lena Holm?" he asked as he opened his bag. "You should have called me."\n\n' +
      'She looked at him gratefully. "I thought you were away," she said.\n\n' +
      'Lena Holm slept for an hour while Marta Quist watched.\n\n' +
      '"Wake up, Lena Holm," she said.\n';
    assert.deepStrictEqual(speakers(text).slice(2), ['Lena Holm', 'Marta Quist']);
  });
});

describe('attribution references: role phrases in a conversation', () => {
  it('gives a genderless role phrase to the named person the turn before addresses', () => {
    const text =
      'The riders came in out of the rain. Rook Anson stood by the fire.\n\n' +
      '"Rook, what is this deal with the mill?" asked Jim Harlan.\n\n' +
      '"You will learn when I do," replied the leader.\n';
    assert.deepStrictEqual(speakers(text), ['Jim Harlan', 'Rook Anson']);
  });
});

describe('attribution references: he and she', () => {
  it('prefers a man the latest sentence names over an owner pronoun written before him', () => {
    const text =
      'My cousin Edmund Vane had sent me the horse the year before. ' +
      'I did not know, until his voice came up the bank, that my good friend, Master Tobias Reed, was at the gate. ' +
      'I went down and gave him my hand.\n\n' +
      '"Thou careful man!" he said, with a laugh.\n';
    assert.deepStrictEqual(speakers(text), ['Tobias Reed']);
  });
});

describe('attribution references: the narrator', () => {
  it('never makes a he-cued turn the first-person narrator\'s, whatever the alternation', () => {
    const text =
      '"What do you make of the stick?" I asked.\n\n' +
      '"Very little," said Holmes Carver, turning it over.\n\n' +
      'He carried the cane to the window and looked at it again.\n\n' +
      '"Interesting, though elementary," said he.\n';
    assert.deepStrictEqual(speakers(text), ['I', 'Holmes Carver', 'Holmes Carver']);
  });
});

describe('attribution references: one surname, several titles', () => {
  it('keeps Miss, Mrs. and Dr. of one surname apart, so the doctor is a man', () => {
    const text =
      'Miss Marlow had the fire lit in the library. Mrs. Marlow had been buried that morning. ' +
      'When Dr. Marlow came in, tired and sad, he found Miss Marlow crying by the fire.\n\n' +
      '"Let me know when dinner is ready," he said.\n';
    assert.deepStrictEqual(speakers(text), ['Dr. Marlow']);
  });
});

describe('attribution references: compound role nouns', () => {
  it('reads a -man compound ("the clergyman") as a man when a conversation rereads its turn', () => {
    const text =
      'Miss Bartlett and Lucy sat at the table. Mr. Keble came forward and took the chair Lucy offered.\n\n' +
      '"I heard you have taken the living," said Miss Bartlett.\n\n' +
      '"Quite right," said the clergyman.\n';
    assert.deepStrictEqual(speakers(text), ['Miss Bartlett', 'Mr. Keble']);
  });
});

describe('attribution references: relatives in the narration', () => {
  it('takes "his wife" in the narration as the woman of his family name, for the she after it', () => {
    const text =
      'Mrs. Dunmore was fond of balls.\n\n' +
      'Lydia Hart had called that morning with the news.\n\n' +
      'At dinner Mr. Dunmore sat down beside his wife.\n\n' +
      '"The ball will be splendid," she said.\n';
    assert.deepStrictEqual(speakers(text), ['Mrs. Dunmore']);
  });
});

describe('attribution references: the narrator\'s relatives', () => {
  it('gives "said my brother" to the one the narration called my brother', () => {
    const text =
      'My brother Robert Vance married well. I met Lord Tarlow at his house.\n\n' +
      '"It crops out once in a generation," said my brother.\n\n' +
      'Later I wrote to Edith Carr, my sister, about it.\n\n' +
      '"You never listen," said my sister.\n';
    assert.deepStrictEqual(speakers(text), ['Robert Vance', 'Edith Carr']);
  });
});

describe('attribution references: settled he and she', () => {
  it('keeps a she whose antecedent the narration after the previous turn names, whomever that turn addressed', () => {
    const text =
      'Mrs. Dunmore had been talking of the ball all morning.\n\n' +
      '"Now, Kitty, you may cough as much as you like," said Mr. Dunmore; and he left the room, tired of the raptures of his wife.\n\n' +
      '"What an excellent father you have, girls!" said she, when the door was shut.\n';
    assert.deepStrictEqual(speakers(text), ['Mr. Dunmore', 'Mrs. Dunmore']);
  });
});

describe('attribution references: unnamed speakers', () => {
  it('credits a she that refers to no one named to the description the narration last gave of a woman', () => {
    const text =
      'A small boy came along the path, kicking the gravel.\n\n' +
      'The young lady gave no heed to him. "Well, you had better be quiet," she observed.\n';
    assert.deepStrictEqual(speakers(text), ['the young lady']);
  });
});

describe('attribution references: a quotation inside a sentence of narration', () => {
  it('takes no turn\'s speaker from a title a sentence of narration quotes ("hear Fay Lorne sing "See-Saw."")', () => {
    const text = [
      'Dr. Howard Archie walked home with the Reverend Mr. Brandt.',
      'He wished he had gone down to Denver to hear Fay Lorne sing "See-Saw." He drew off his glove. "Have a troche," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Howard Archie']);
  });

  it('keeps the speaker of a quotation a sentence of narration runs into ("promised that "…"")', () => {
    const text = 'The mayor promised that "the bridge will reopen in the summer, and not a day later." The chief engineer added: "We will not cut corners."';
    assert.deepStrictEqual(speakers(text), ['the mayor', 'the chief engineer']);
  });
});

describe('attribution references: a he no sentence near it names', () => {
  it('credits no one with a he-cued quotation when the only man was named long before', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `The marsh lay grey and flat under the wind for the ${i + 1}th time.`).join(' ');
    const text = ['Philip Grey had lain in the churchyard for years.', filler, '"Hold your noise!" he cried.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), [null]);
    // A man the last few sentences name is still the he.
    assert.deepStrictEqual(speakers(['Philip Grey crossed the marsh.', '"Hold your noise!" he cried.'].join('\n\n')), ['Philip Grey']);
  });
});

describe('attribution references: spoken to', () => {
  it('never reads "said he to Temple" as Temple speaking', () => {
    const text = 'Captain Alder sat by the little bed. Mr. Temple came into the room.\n\n"This is a strange place," said he to Mr. Temple.\n';
    assert.deepStrictEqual(speakers(text), ['Alder']);
  });
});

describe('attribution references: a story opening on a pronoun', () => {
  it('reads a she before any woman is named as the first woman the narration names after it', () => {
    const text =
      'She looked down the lane for a long while, her spectacles pushed up.\n\n' +
      '"Where has that boy got to?" she said.\n\n' +
      'No one answered. The old lady went back to the kitchen, and Aunt Hester stood there wondering.\n';
    assert.deepStrictEqual(speakers(text), ['Hester']);
  });
});

describe('attribution references: a paragraph of two speakers', () => {
  it('takes the turn\'s speaker from a quotation with its own speech clause, not from a thought the narration implies', () => {
    const text =
      'Nora Hale poured the tea while her guests talked. Then Mr. Dunn came up the stairs.\n\n' +
      'If anyone had looked in at that moment, he would have thought, "What a merry house!" Nora rose at once. ' +
      '"Come in, Mr. Dunn," she said.\n';
    assert.strictEqual(speakers(text)[1], 'Nora Hale');
  });
});

describe('attribution references: places and families', () => {
  it('takes no name with a possessive inside it, nor a family, for a person a he may refer to', () => {
    const text =
      'Ezra Thorne was hanged at the end of Thorne\'s Lane. Generations of Hartley Family servants watched. ' +
      'Thorne\'s Lane was silent. Colonel Hartley sat on his horse.\n\n' +
      '"God will judge you," he cried.\n';
    const view = { original: text, text, format: 'plaintext' as const, utterances: [] };
    const people = attributeQuotations(view, quotationsOf(text)).people.map((p) => p.name);
    assert.ok(!people.some((n) => /Lane|Family/.test(n)), people.join(', '));
    assert.deepStrictEqual(speakers(text), ['Hartley']);
  });
});

describe('attribution references: the narrator\'s own name', () => {
  it('names the first-person narrator as the narration does ("called me Robin"), never as a quotation does', () => {
    const text = [
      'My father was a carter. I was christened Robert, but everyone called me Robin.',
      '"Who keeps this house?" asked the stranger.',
      '"My mother, sir," said I.',
      '"Then fetch her. My name is Giles Hart, and I am expected."',
      '"She is asleep, sir."',
    ].join('\n\n');
    // The stranger's own "My name is Giles Hart" names the stranger (selfNamed.ts), never the narrator.
    assert.deepStrictEqual(speakers(text), ['Giles Hart', 'Robin', 'Giles Hart', 'Robin']);
  });
});

describe('attribution references: relatives answering a name', () => {
  it('gives "said my aunt" to the woman the turn before addresses by a given name the narration never uses', () => {
    const text = [
      'Old Cotter sat smoking by the fire while I ate my supper. My aunt cleared the plates.',
      '"Let a young lad run about and play. Am I right, Martha?" said Cotter.',
      '"That is my principle, too," said my aunt.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Cotter', 'Martha']);
  });
});

describe('attribution references: a girl, a lady, a boy', () => {
  it('reads "said the girl" as the one woman the narration sentence just before names, and no one else', () => {
    const named = [
      'Miss Barton sat with Mr. Beebe and Lucy Honeychurch at the long table.',
      'The clergyman came forward and took the chair into which he was beckoned by Lucy. "I am so glad to see you," said the girl.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(named), ['Lucy Honeychurch']);
    // A man, the plainest word for a stranger, and a sentence of dialogue before, say nothing of who it is.
    const stranger = 'Dick Hunter opened his eyes and stared up at the speaker.\n\n"Wake up, you young vagabond!" said the man.\n';
    assert.deepStrictEqual(speakers(stranger), ['the man']);
    const dialogue = 'Lucy Honeychurch sat down.\n\n"It is cold," said Lucy, and Lucy meant it. "Very cold," said the girl.\n';
    assert.deepStrictEqual(speakers(dialogue), ['Lucy Honeychurch', 'the girl']);
  });
});

describe('attribution references: pet names', () => {
  it('takes a pet name the dialogue uses ("Harry") for the one person whose given name it stands for', () => {
    const one = ['Henry Wotton and Basil Hallward sat in the studio.', '"I do not understand you, Harry," said Basil.', '"Then I will tell you."'];
    assert.deepStrictEqual(speakers(one.join('\n\n')), ['Basil Hallward', 'Henry Wotton']);
    // Two Henrys: the pet name says not which.
    const two = ['Henry Wotton and Henry Blake sat in the studio with Basil Hallward.', ...one.slice(1)];
    assert.deepStrictEqual(speakers(two.join('\n\n')), ['Basil Hallward', 'Harry']);
  });

  it('takes a pet name the narration uses ("the said Jack") for the one person whose given name it stands for', () => {
    const text = ['John Reed came into the breakfast-room.', 'Nobody cared for the said Jack.', '"Where is she?" asked Jack.'];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['John Reed']);
  });
});
