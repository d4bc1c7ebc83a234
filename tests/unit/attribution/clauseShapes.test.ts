import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// Speech clauses whose shape the clause reader must see through: the subject of an inverted speech verb whatever its
// head noun, words inserted between verb and subject, verbs with a particle.
describe('clause shapes', () => {
  it('takes the subject of an inverted speech verb as the speaker whatever its head noun', () => {
    const text = [
      'The meadow was quiet until the hounds came over the hill.',
      '"They have lost the scent," said the old pony.',
      '"Not for long," added a stout matron of forty.',
      '"Shame on them," cried another female, the loudest of the group.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the old pony', 'a stout matron', 'another female']);
  });

  it('reads a speech verb in lower case right after a full stop inside the marks as the quotation\'s own clause', () => {
    const text = [
      'Tom Reed and Anna Price watched the boat go.',
      '"She is a fine boat" Anna said to Tom "But she leaks." said Tom.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anna Price', 'Tom Reed']);
  });

  it('gives words a "who" after a comma says to the one it follows, unless that one is in apposition', () => {
    const text = 'The ship had no one worth a letter; but a cheerful elderly purser, who said "Aye, aye" to every order, kept the books.';
    assert.deepStrictEqual(speakers(text), ['a cheerful elderly purser']);
    const apposed = 'Mara Holt, the critic of the Clyde Courier, who said the ending "loses its nerve", left early.';
    assert.deepStrictEqual(speakers(apposed), ['Mara Holt']);
  });

  it('gives a participle after "the voice of" someone to that someone', () => {
    const text = 'The guests sat down to dinner. And above all rose the voice of the old captain, crying: "Ahoy there! Pass the salt."';
    assert.deepStrictEqual(speakers(text), ['the old captain']);
  });

  it('writes a speaker phrase a line break runs through on one line, as the same speaker', () => {
    const text = 'The cart stopped at the gate.\n\n"The tailboard is gone, Miss," said the\nwaggoner.\n\n"I will run back for it," said the waggoner.';
    assert.deepStrictEqual(speakers(text), ['the waggoner', 'the waggoner']);
  });

  it('gives a speech verb joined by "and" to the main clause\'s subject, not to a subordinate clause\'s before it', () => {
    const text = 'I had packed my bag by noon. Just before I was leaving, the old woman came up to my room and said in a low voice:\n\n"Must you go?"';
    assert.deepStrictEqual(speakers(text), ['the old woman']);
  });

  it('still requires a person noun after a possessive (its owner is someone else) and never takes a time for a subject', () => {
    assert.deepStrictEqual(speakers('"Quite so," said his errand.'), [null]);
    assert.deepStrictEqual(speakers('"We will appeal," said this week the minister.'), [null]);
  });

  it('reads the subject after words between commas, a verb particle or an adjective and its comma', () => {
    const text = [
      'The crowd pressed round the stocks in the square.',
      '"Let her be," interposed, more gently, a young wife.',
      '"Never," broke in a tall, bony gentleman.',
      '"Hang her," spoke up another voice.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a young wife', 'a tall, bony gentleman', 'another voice']);
  });

  it('keeps "said in a low voice" and "said the horse, looking up" as they were', () => {
    const text = 'Ada Brook came in.\n\n"Hush," said in a low voice.\n\n"Oats," said the horse, looking up.';
    assert.deepStrictEqual(speakers(text).slice(1), ['the horse']);
    assert.notStrictEqual(speakers(text)[0], 'a low voice');
  });

  it('does not read a clause between commas as an inserted phrase', () => {
    const text = 'The archive holds "about 900" objects, she says, the oldest being "a coin from 1702."';
    assert.ok(!speakers(text).includes('the oldest being'));
  });

  it('gives a quotation to the one a sentence of narration before it names, not to the earlier quotation of its paragraph', () => {
    const text = [
      'Walter Brand and Edith Moss sat by the fire.',
      '"We must go at once," said Walter. Edith Moss frowned at the clock. "In this rain?"',
      '"Stay, then," said Walter, and he shrugged. "I will go alone."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Brand', 'Edith Moss', 'Walter Brand', 'Walter Brand']);
  });

  it('gives a speech verb joined by "and" to the subject of its sentence', () => {
    const text = [
      'The convict held me by the collar and glared at me.',
      'I was dreadfully frightened, and so giddy that I clung to him with both hands, and said, "Please let me stand up, sir."',
    ].join('\n\n');
    assert.deepStrictEqual(attributions(text).map((a) => [a.speaker, a.cue]), [['I', 'said']]);
  });

  it('gives a speech verb after "and then" to the subject of its sentence, not to the pronoun of a clause between', () => {
    const text = 'Helen Marsh sat by the window. So she looked away when he spoke to her, and then said: "What a view!"';
    assert.deepStrictEqual(attributions(text).map((a) => [a.speaker, a.cue]), [['Helen Marsh', 'said']]);
  });

  it('gives a speech verb joined by "and", with an adverb before its quotation, to the subject of its own clause', () => {
    const text = [
      'Tom Brandt hid behind the curtain; he was sure nobody would find him; but Clara put her head in at the door, and said at once--',
      '"He is in the window-seat."',
    ].join('\n\n');
    assert.deepStrictEqual(attributions(text).map((a) => [a.speaker, a.cue]), [['Clara', 'said']]);
  });

  it('gives a quotation to the one heard saying it, not to the hearer', () => {
    const text = 'Clara Webb waited in the hall.\n\n"Nobody is home," she heard a gruff voice say.\n\n"Hush now," Clara heard an old porter whisper.';
    assert.deepStrictEqual(speakers(text), ['a gruff voice', 'an old porter']);
  });

  it('reads a plural person noun as a speaker ("the girls whispered", "all the ladies said")', () => {
    const text = 'Nora Quill stepped into the parlour.\n\n"How pale," the girls whispered.\n\nAll the ladies said "Poor thing!" at once.';
    assert.deepStrictEqual(speakers(text), ['the girls', 'the ladies']);
  });

  it('hears "challenged", "intimated" and, right after a quotation, "hesitated" as speech', () => {
    const text = 'Ned Rowe faced Tess Moor across the fence.\n\n"Why?" Ned challenged.\n\n"Because--" Tess hesitated.\n\n"Go on," intimated Ned.';
    assert.deepStrictEqual(attributions(text).map((a) => a.cue), ['challenged', 'hesitated', 'intimated']);
  });

  it('gives a quotation after a sentence of narration to its subject, not to a later quotation of the paragraph', () => {
    const text = [
      'Lucy Vane and Miss Bartlett stood at the window of the pension.',
      'Lucy felt that she had been selfish. "You must take the room with the view." "No, you must have it," said Miss Bartlett.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Lucy Vane', 'Miss Bartlett']);
  });

  it('reads the subject right after a speech verb that opens the sentence before a quotation', () => {
    const text = 'Tom Lake whistled under the window.\n\nThat was the signal. Says I, "Coming!" as soft as I could.\n\nThen said the old man: "Who is there?"';
    assert.deepStrictEqual(attributions(text).map((a) => a.mention?.text), ['I', 'the old man']);
  });

  it('takes a phrase filling the gap between quotation and verb as the subject, ending it at a listed person noun', () => {
    const text = 'The opera house was full.\n\n"Ah, love!" the prima donna sang.\n\n"Hush," said the boy half aloud.\n\n"Them men would eat," said the indignant cook.';
    assert.deepStrictEqual(speakers(text), ['the prima donna', 'the boy', 'the indignant cook']);
  });

  it('credits a voice no one named to the phrase of its owner', () => {
    const text = 'Jim Crocker knocked at the door of the flat.\n\n"Come in," called a girl\'s voice.\n\n"Who is it?" cried the voice of an old woman.';
    assert.deepStrictEqual(speakers(text), ['a girl', 'an old woman']);
  });

  it('reads a weak verb with its particle before a quotation ("he went on, "…"")', () => {
    const text = '"Let me see," he went on, "there are nine here."';
    assert.deepStrictEqual(attributions(text).map((a) => [a.mention?.text, a.cue]), [['he', 'went'], ['he', 'went']]);
  });

  it('passes over a speech verb that promises a deed ("had agreed to carry") for the clause that brings in the words', () => {
    const text = 'Fairley\'s lawyer, Neil Osei, said his client had agreed to carry the cargo "to save his boat."';
    assert.deepStrictEqual(speakers(text), ['Neil Osei']);
  });

  it('keeps a name after a participle in an appositive out of the subject ("Sam Ward, representing Luka Petrov,")', () => {
    const text = 'Sam Ward, representing Luka Petrov, said his client owed money to "very dangerous people."';
    assert.deepStrictEqual(speakers(text), ['Sam Ward']);
  });

  it('takes the one a relative clause describes, not its object ("A dock worker who knew the brothers said")', () => {
    const text = 'A dock worker who knew the brothers said: "Everyone thought they were fish merchants."';
    assert.deepStrictEqual(attributions(text).map((a) => a.mention?.text), ['A dock worker']);
  });

  it('takes the subject before a relative clause holding an appositive name of its own', () => {
    const text = 'Keller, who took over after the company\'s founder, Martin Pellar, stepped down, described the recall as "painful but necessary."';
    assert.deepStrictEqual(speakers(text), ['Keller']);
  });

  it('reads the name in apposition as the subject of a clause joined by "and" ("…, and the home captain, Danny Roache, walked over and said")', () => {
    const text = 'There was a chant about me that I won\'t repeat, and the home captain, Danny Roache, walked over and said, "Don\'t worry, they do that to everyone."';
    assert.deepStrictEqual(attributions(text).map((a) => [a.speaker, a.cue]), [['Danny Roache', 'said']]);
  });

  it('keeps a body\'s connective inside the phrase before an aside ("A Department for Transport official, speaking …, said")', () => {
    const text = 'Marsh spoke. A Department for Transport official, speaking on condition of anonymity, said concerns had been raised with Midshire "more than once."';
    assert.deepStrictEqual(speakers(text), ['a Department for Transport official']);
  });

  it('reads past a "which" clause describing a body in the appositive to the one the appositive describes', () => {
    const text = [
      'The dispute has divided leaders. Mike Sutherland, head of the Association of School Leaders, which represents head teachers, said his members "understand the anger."',
      'The union, which represents 9,000 drivers, said the offer was "an insult."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mike Sutherland', 'the union']);
  });

  it('takes the name in apposition after a possessive role between quotation and verb ("Nordair\'s chief executive, Henrik Solberg, said")', () => {
    const text = [
      '"This was not a cyber attack," Nordair\'s chief executive, Henrik Solberg, said at a news conference.',
      '"We are heartbroken," Pike\'s family, who live nearby, said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Henrik Solberg', "Pike's family"]);
  });
});
