import * as assert from 'node:assert';
import { samePerson } from '../../../server/src/engine/attribution/names';
import { ownNameIn } from '../../../server/src/engine/attribution/selfNamed';
import { speakers } from '../../helpers/attributionText';

// A stranger the text brings in by a description ("said the drover") names themselves later in their own words
// ("I am Tom Varley"): the description's turns of that meeting are that person's.
describe('a described speaker who gives their own name', () => {
  it('is that person in the turns of the meeting, before and after the naming', () => {
    const text = [
      'A drover came up the lane with his dog, and stopped at the gate where Ellen Marsh was waiting.',
      '"Fine evening," said the drover.',
      '"It is," said Ellen Marsh.',
      '"You will not know me," said the drover. "I am Tom Varley, from over the hill."',
      '"I know the name," said Ellen Marsh.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Varley', 'Ellen Marsh', 'Tom Varley', 'Tom Varley', 'Ellen Marsh']);
  });

  it('reads a dialect "I be" and a plain word before the name', () => {
    assert.strictEqual(ownNameIn('Why call me so, when I be plain Jack Harrow, the carter?'), 'Jack Harrow');
    assert.strictEqual(ownNameIn('I am Parson Quayle, of Lower Fenwick.'), 'Parson Quayle');
    // "Parson" is a title, as "Reverend" is: the same person as the surname alone.
    assert.ok(samePerson('Parson Quayle', 'Quayle'));
    assert.strictEqual(ownNameIn('My name is Mary.'), 'Mary');
  });

  it('takes a lone name no list knows when the text calls someone by it elsewhere', () => {
    const words = 'A crust. I am Wulfgar the Unwashed. I have eaten three knights.';
    assert.strictEqual(ownNameIn(words), null);
    assert.strictEqual(ownNameIn(words, (name) => name === 'Wulfgar'), 'Wulfgar');
    const text = [
      'The troll was asleep under the bridge when Pim came down to the water.',
      '"Who goes there?" said the troll.',
      '"Only me," said Pim.',
      '"A crust," said the troll. "I am Wulfgar the Unwashed. I have eaten three knights."',
      '"It is all I have," said Pim.',
      '"Then pay it," said the troll.',
      '"Here," said Pim.',
      '"It is stale," said the troll.',
      '"So am I," said Pim.',
      '"Ha," said the troll.',
      '"May I pass?" asked Pim.',
      '"You may," said Wulfgar.',
    ].join('\n\n');
    const got = speakers(text);
    assert.deepStrictEqual([got[0], got[2], got[5], got[9]], ['Wulfgar', 'Wulfgar', 'Wulfgar', 'Wulfgar']);
  });

  it('reads a surname said first, then the full name it ends, as an introduction', () => {
    assert.strictEqual(ownNameIn('Varley, missus. Tom Varley, drover. Tom, they calls me.'), 'Tom Varley');
    assert.strictEqual(ownNameIn('Varley. Tom Varley.'), 'Tom Varley');
    // Two names, or a call going on with its sentence, introduce no one.
    assert.strictEqual(ownNameIn('Varley. Ellen Marsh, here.'), null);
    assert.strictEqual(ownNameIn('Varley! Tom Varley, you come here this minute.'), null);
    const text = [
      'A little bow-legged fellow came in after the captain and stood with his back to the door.',
      '"Very fine it is, too," said the little man.',
      '"And you, whatever your name is, come off that door," said Ellen Marsh.',
      'The little man touched his forehead.',
      '"Varley, missus. Tom Varley, bosun."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Varley', 'Ellen Marsh', 'Tom Varley']);
  });

  it('gives the name a she then gives as her own to the woman the text brought her in as', () => {
    const text = [
      'I came to the house in the last of an October dusk, having been nine hours upon the road. Of the house I saw nothing but a long dark front with one lit window in it.',
      '“You’ll be Miss Lowe,” said the woman who opened to me; and before I could answer, she had taken my box from the carrier. “Come in to the fire.”',
      'She was a stout, fresh-coloured person of sixty, in a black silk that creaked when she moved. She led me to a small panelled parlour behind the kitchen passage.',
      'She put me into the chair nearest the fire and herself into the one opposite. “I am Mrs. Garrow. I keep the house.”',
      '“I expected nothing,” I said.',
      'Mrs. Garrow looked at me sharply, as though to see whether I were laughing at her.',
    ].join('\n\n');
    // The narrator is the one she greets as expected.
    assert.deepStrictEqual(speakers(text), ['Mrs. Garrow', 'Mrs. Garrow', 'Mrs. Garrow', 'Miss Lowe']);
  });

  it('takes no nationality, feeling or unknown lone word for a name', () => {
    assert.strictEqual(ownNameIn('I am English, sir, and proud of it.'), null);
    assert.strictEqual(ownNameIn('I am Glad you came.'), null);
  });

  it('leaves a named speaker and a description that never names itself as they were', () => {
    const text = '"Who is there?" said the watchman.\n\n"A friend," said Ellen Marsh. "I am Ellen Marsh."\n\n"Pass, then," said the watchman.';
    assert.deepStrictEqual(speakers(text), ['the watchman', 'Ellen Marsh', 'Ellen Marsh', 'the watchman']);
  });

  it('takes a name given alone in answer to a question for one as its speaker\'s, when its cue is a description or a he', () => {
    const text = [
      'Nurse Amy Holt kneels by the sofa, where a man in a cardigan is sitting.',
      '"Can you tell me your name?" Holt asks.',
      '"Dennis," the man says. "It is only my knee."',
      'Later, on the pavement, a young man is holding his wrist. "What is your name?" Holt asks him.',
      '"Gareth," he says. "Is it broken?"',
      'Dennis is taken to hospital.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Dennis', 'Dennis', 'Amy Holt', 'Gareth', 'Gareth']);
  });

  it('reads no name into an answer that is a common word ("Yes," the man says), nor over a cue that names its speaker', () => {
    const text = '"Is that your name?" Holt asks.\n\n"Yes," the man says.\n\nAmy Holt turns to the boy. "And what is your name?"\n\n"Peter," Holt says again.';
    assert.deepStrictEqual(speakers(text), ['Amy Holt', 'the man', 'Amy Holt', 'Amy Holt']);
  });

  it('is the name a he/she gives as their own, whoever the pronoun reached, in every part of that cue', () => {
    const text = [
      'Corrin Varrow looked at the bridge. The old man stepped onto it and took off his hat.',
      '“My name is Tobiah Crane,” he said, “and I never paid.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobiah Crane', 'Tobiah Crane']);
  });

  it('takes no name of the other gender, nor one in the possessive, from a he/she', () => {
    const text = [
      'Corrin Varrow looked at the bridge.',
      '“I am Mary Lennox,” he said, mocking her.',
      '“I’m Tom’s brother,” he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Corrin Varrow', 'Corrin Varrow']);
  });

  it('reads a surname said again in full as the name, and no woman of that surname as the man who gives it', () => {
    const text = [
      'Mrs. Cuthill kept the inn at Drumlaw. Melrose Stannard had called there at noon.',
      'A herd came down the hill. He spat into the burn. “My name’s Cuthill, Rab Cuthill. Come ben.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rab Cuthill']);
  });

  it('reads the clipped "Name\'s …" opening a sentence as a name its speaker gives', () => {
    assert.strictEqual(ownNameIn('Ask anyone. Name’s Sam Kettle.'), 'Sam Kettle');
    assert.strictEqual(ownNameIn('The name’s Sam Kettle.'), 'Sam Kettle');
    assert.strictEqual(ownNameIn('His name’s on the list.'), null);
  });

  it('names the words that go on after a he/she cue in its paragraph, and the he/she turns that reached no one before', () => {
    const text = [
      'I was alone in the booth when the grey hat sat down across from me. He put his gloves on the table.',
      '“Nice evening.”',
      '“Is it?”',
      '“Sure it is,” he said. He lit a cigarette. “You look like a careful man.”',
      '“I try.”',
      '“Think about it,” he said. “Ask around. Name’s Sam Kettle.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).filter((s) => s === 'Sam Kettle').length, 4);
  });
});
