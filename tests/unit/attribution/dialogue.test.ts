import * as assert from 'node:assert';
import { vocativesIn } from '../../../server/src/engine/attribution/dialogue';
import { attributeQuotations } from '../../../server/src/engine/attribution/attribute';
import { attributions, quotationsOf, speakers } from '../../helpers/attributionText';

describe('dialogue attribution', () => {
  it('alternates uncued turns between the two people of a conversation', () => {
    const text = [
      'Edmund Hale met Clara Voss at the gate.',
      '"You are late," said Edmund.',
      '"The road was flooded," said Clara.',
      '"Flooded? In May?"',
      '"In May."',
      '"Then we wait for the ferry."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Edmund Hale', 'Clara Voss', 'Edmund Hale', 'Clara Voss', 'Edmund Hale']);
  });

  it('gives the turn after a vocative to the person addressed, and never the vocative turn itself', () => {
    const text = [
      'Tobias Reed and Marguerite Lane waited in the hall.',
      '"Well, Marguerite, shall we go in?" said Tobias.',
      '"Not yet."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobias Reed', 'Marguerite Lane']);
    assert.deepStrictEqual(vocativesIn('Oh, Tommy! You came.'), ['Tommy']);
    assert.deepStrictEqual(vocativesIn('Good night, Sir John.'), ['Sir John']);
    assert.deepStrictEqual(vocativesIn('Good God, what a day.'), []);
  });

  it('credits an uncued turn to the person the narration just before it is about', () => {
    const text = [
      'Ruth Kell sat down with Amos Fenn.',
      '"Coffee?" asked Ruth.',
      'Amos shook his head.',
      '"Tea, if there is any."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Kell', 'Amos Fenn']);
  });

  it('rereads "he said" by whose turn it is when two men talk', () => {
    const text = [
      'Walter Price and Henry Oakes sat by the fire. Henry lit his pipe.',
      '"A cold night," said Walter.',
      '"Colder tomorrow," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Price', 'Henry Oakes']);
  });

  it('credits the quotation after a paragraph ending in a colon to that paragraph\'s speaker', () => {
    const text = 'Judge Miriam Solberg looked up from her notes and said:\n\n"The court will rise."\n';
    assert.deepStrictEqual(speakers(text), ['Miriam Solberg']);
  });

  it('reads "his wife" as the woman who shares his family name', () => {
    const text = 'Mr. Arthur Penrose came home late. Mrs. Penrose had waited up.\n\n"Where were you?" asked his wife.\n';
    assert.deepStrictEqual(speakers(text), ['Mrs. Penrose']);
  });

  it('keeps "the stranger" as written rather than guessing someone the text never called so', () => {
    const text = 'Jonas Weller opened the door. A tall figure stood outside.\n\n"Is this the Weller farm?" said the stranger.\n';
    assert.deepStrictEqual(speakers(text), ['the stranger']);
  });

  it('credits a first-person narrator, named by how the others address them', () => {
    const text = [
      'I found Holloway in the study.',
      '"You look tired, Marlowe," said Holloway.',
      '"I walked from the station," said I.',
      '"All the way, Marlowe?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Holloway', 'Marlowe', 'Holloway']);
  });

  it('takes no contraction, lower-case word or lone command for a vocative', () => {
    assert.deepStrictEqual(vocativesIn('Don’t you, old fellow?'), []);
    assert.deepStrictEqual(vocativesIn('Quick!'), []);
    assert.deepStrictEqual(vocativesIn('Scarcely, if ever.'), []);
    assert.deepStrictEqual(vocativesIn('Emily, come here.'), ['Emily']);
    assert.deepStrictEqual(vocativesIn('Oh, Tommy!'), ['Tommy']);
    assert.deepStrictEqual(vocativesIn('Tommy, wait.'), ['Tommy']);
  });

  it('never resolves he to the first-person narrator, and knows a lone given name for a person', () => {
    const text = [
      'THE LONG WINTER',
      'I found Hugo by the window, and he did not turn round.',
      '"You came," I said.',
      'He watched the snow a while.',
      '"I always do," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['I', 'Hugo']);
  });

  it('reads the names a conversation addresses as speakers, even ones the narration never uses', () => {
    const text = [
      'The lamp had burned low in the study.',
      '"Aunt, you should rest."',
      '"I am not tired, Margaret. Sit with me a while."',
      '"Only if you promise to sleep after."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Margaret', null, 'Margaret']);
  });

  it('keeps a he/she cue whose antecedent its own paragraph names, and never gives a he turn to a woman', () => {
    const text = [
      'Silas Crane and Edwin Marsh sat on the porch with Ada Crane.',
      '"Rain tonight," said Silas.',
      'Edwin frowned at the sky. "Not before midnight," he said.',
      '"You always say that," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Silas Crane', 'Edwin Marsh', 'Ada Crane']);
  });

  it('takes the turns again once the narrator is named, so the narrator and that name are one speaker', () => {
    const text = [
      'I sat with Holloway by the fire.',
      '"You look tired, Marlowe," said Holloway.',
      '"I walked from the station," I said.',
      '"All the way, Marlowe?"',
      '"Every mile."',
      '"Then you will want supper."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Holloway', 'Marlowe', 'Holloway', 'Marlowe', 'Holloway']);
  });

  it('reads fiction\'s speech verbs, and a participle after a comma as the subject\'s', () => {
    const text = [
      'Agnes Moore and Bertram Hale stood at the gate.',
      '"Not yet," Agnes persisted.',
      'Bertram waved to a passing carter, and turned to his sister, saying, "Then come when you like."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Agnes Moore', 'Bertram Hale']);
  });

  it('keeps a he/she cue that the narration paragraph just before names, and never rereads it as the one it addresses', () => {
    const text = [
      'Nora Bell and Ivy Shaw sat by the stove.',
      '"Cold," said Nora.',
      '"Colder yesterday," said Ivy.',
      'Nora pulled her shawl closer.',
      '"Pass the kettle, Ivy," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nora Bell', 'Ivy Shaw', 'Nora Bell']);
  });

  it('reads an unnamed definite phrase in a conversation of named people as the one whose turn it is', () => {
    const text = [
      'Walter Grey sat with Tom Grey in the parlour.',
      '"You have been smoking," said Walter.',
      '"I have not," said his step-son.',
      '"Then who has?"',
      '"The cat."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Grey', 'Tom Grey', 'Walter Grey', 'Tom Grey']);
    assert.strictEqual(attributions(text)[1].mention?.text, 'his step-son');
  });

  it('keeps opening adverbs, conjunctions and the pronoun I out of names', () => {
    const text = [
      'Naturally I asked Hester Vane about the letter.',
      '"It came on Monday," she said.',
      'Nobody answered at first. But Oswin said: "Tuesday."',
    ].join('\n\n');
    const found = attributeQuotations(
      { original: text, text, format: 'plaintext', utterances: [] },
      quotationsOf(text),
    );
    assert.deepStrictEqual(found.quotations.map((q) => q.attribution.speaker), ['Hester Vane', 'Oswin']);
    assert.ok(!found.people.some((p) => /Naturally|\bI\b/.test(p.name)));
  });

  it('reads a capitalised common word right after an inverted verb as a name, but not a day', () => {
    const text = [
      'Captain John Good lit his pipe.',
      '"Three years," said Good.',
      '"We will meet again," said Tuesday.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['John Good', null]);
  });

  it('ends a speaker phrase at a second determiner', () => {
    assert.deepStrictEqual(speakers('"Wake up," said the man a little impatiently.\n'), ['the man']);
  });

  it('takes no possessive owner for the subject of a paragraph\'s narration', () => {
    const text = 'Helen Marsh had left an hour ago.\n\nHer letter lay open, and Arthur Finch read it twice. "She is not coming back."\n';
    assert.deepStrictEqual(speakers(text), ['Arthur Finch']);
  });

  it('links a turn whose narration names its speaker to the conversation, so the next "he replied" is the other man', () => {
    const text = [
      'Ralph Dunmore and Cedric Vale sat in the studio.',
      'Ralph raised his eyebrows and looked at the canvas. "Not show it? Why?"',
      '"You would laugh at me," he replied.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ralph Dunmore', 'Cedric Vale']);
  });

  it('gives a role to the name after "the artist himself,"', () => {
    const text = 'Before the easel sat the artist himself, Oswald Tremaine, lost in thought.\n\n"It is finished," said the artist.\n';
    assert.deepStrictEqual(speakers(text), ['Oswald Tremaine']);
  });

  it('never hands a quotation cued "he said" to the woman its narration goes on to name', () => {
    const text = 'A stranger stood at the door of the inn.\n\nMrs. Pell took his coat. "I prefer to keep it," he said, and she noticed his gloves.\n';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('gives an uncued turn to the one the next speaker answers by name, over the narration just before it', () => {
    const text = [
      'Toby Lark crouched behind the sofa and held his breath.',
      '"You naughty boy, come out at once."',
      '"Hello, Martha!" he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Martha', 'Toby Lark']);
  });

  it('reads a name exclaimed at the end of a quotation as a vocative, and an adverb before a name as no part of it', () => {
    assert.deepStrictEqual(vocativesIn('Why, I did sew it with white! Tom!'), ['Tom']);
    const text = 'The door creaked.\n\nFinally Tom said: "I can lick you!"\n';
    assert.deepStrictEqual(speakers(text), ['Tom']);
  });

  it('gives Dr. Archie the role of "the doctor"', () => {
    const text = 'Dr. Howard Archie opened the cupboard. His man Larry stood by.\n\n"Sit down," said the doctor.\n';
    assert.deepStrictEqual(speakers(text), ['Howard Archie']);
  });

  it('leads a turn with the narration that ends the paragraph before, after that paragraph\'s own quotation', () => {
    const text = [
      'Amos Pike and Owen Fitch sat at the table.',
      '"Mother gave it to me," said Owen. Amos grunted. Owen took another sweet.',
      '"Cross this morning, aren\'t you?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Owen Fitch', 'Owen Fitch']);
  });

  it('leaves a relative the turns around it cannot settle to the whole conversation, keeping its gender', () => {
    const text = [
      'Walter Grey sat with Tom Grey in the parlour.',
      '"You have been smoking," said Walter.',
      '"Me?"',
      '"You."',
      '"I have not," said his step-son.',
      '"Then who has?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Grey', 'Tom Grey', 'Walter Grey', 'Tom Grey', 'Walter Grey']);
  });

  it('takes no name that qualifies a person noun ("the Aunt Sally man") for a person', () => {
    const text = 'Mrs. Morel walked past the shouts of the Aunt Sally man and the peep-show.\n\n"It is late," she said.\n';
    assert.deepStrictEqual(speakers(text), ['Mrs. Morel']);
  });

  it('gives the uncued turns of a first-person story to the narrator opposite the one who talks', () => {
    const text = [
      '"Have you seen the steps?" I asked.',
      'Holloway nodded slowly.',
      '"You see, but you do not observe," he answered.',
      '"Often."',
      '"How often?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['I', 'Holloway', 'I', 'Holloway']);
  });

  it('reads "the doctor" in the narration as the person the text made the doctor, for the he after it', () => {
    const text = [
      'Dr. Howard Archie walked with Peter Kronborg to the house. Kronborg talked all the way.',
      'The doctor shut the door behind him. "Feel pretty sick, Thea?" he asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Howard Archie']);
  });

  it('reads a described or gendered role phrase as the salient person of its gender, a bare "the man" as someone new', () => {
    const text = [
      'Martha Quill watched the lane all afternoon. She could make nothing of the empty cart.',
      '"I shall step over after tea and ask," the worthy woman concluded.',
      'Tom Reid came up the lane at dusk. "Hold the gate!" said the man.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Martha Quill', 'the man']);
  });

  it('credits a voice to its owner ("the voice of Hugh Marsh", "his mother\'s voice")', () => {
    const text = [
      'The study door opened. "Out of my chair!" cried the voice of Hugh Marsh.',
      'John Farrow came down late. Mary Farrow had gone up to dress. John reached for the toast.',
      '"Not before grace," said his mother\'s voice from the hall.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hugh Marsh', 'Mary Farrow']);
  });

  it('reads narration ending "…, he said," as the next turn\'s clause, and keeps a father and daughter of one surname apart', () => {
    const text = [
      'Harriet Lowe sat up with her father. Mr. Lowe had dozed all evening, and when the tea came he said,',
      '"What a cold night it is."',
      '"It is only October, papa."',
      '"October! Far too cold for October."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Lowe', 'Harriet Lowe', 'Mr. Lowe']);
  });

  it('finds the paragraphs of hard-wrapped text that has no blank lines between them by their short last lines', () => {
    const filler = Array.from({ length: 25 }, (_, k) =>
      `The river ran low that summer, and the mill by the\nford stood idle while the farmers argued over the\nrent for week ${k + 1}.`);
    const text = [
      'CHAPTER I\n\n',
      ...filler,
      'Gabriel Hart walked down the hill to the toll-gate,\nwhere the keeper stood.',
      '"You will pay twopence," said the keeper, closing the\ngate.',
      '"Here it is."',
      '"Then pass."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the keeper', 'Gabriel Hart', 'the keeper']);
  });

  it('takes "Uncle," said alone as addressing the one the text calls Uncle with a name', () => {
    const text = [
      'Clara Vane sat by the fire.',
      '"Uncle, you are not looking well to-night."',
      '"I am not well. I doubt I shall be better."',
      'The clock struck ten, and the servants went up to bed.',
      'The house was quiet for an hour.',
      'The fire burned low.',
      '"Good night, Uncle Walter," Clara said at last.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Clara Vane', 'Uncle Walter', 'Clara Vane']);
  });
});
