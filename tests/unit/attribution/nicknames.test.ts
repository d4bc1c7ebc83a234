import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A name the narration says someone goes by is that person's: "Moth—Clare Mottram on her birth certificate",
// "Alastair Fraser-Innes had been called Fishy", "His real name is Benedict". Whoever speaks under the nickname is
// credited under the full name.
describe('attribution: nicknames the narration gives', () => {
  it('joins a nickname to the full name after its dash', () => {
    const text = [
      'Moth—Clare Mottram on her passport and nowhere else—knelt at the stove with the matches.',
      '“It will not light,” said Moth.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Clare Mottram']);
  });

  it('joins a nickname someone "had been called" to them', () => {
    const text = [
      'Alastair Fraser-Innes had been called Fishy at school, and nobody had thought to stop.',
      '“There is a house below us,” said Fishy.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Alastair Fraser-Innes']);
  });

  it('joins a nickname to the real name the text gives its bearer', () => {
    const text = [
      'Bunny came down the stairs in his socks. He is six. His real name is Benedict, but nobody uses it.',
      '“Where is the ball?” said Bunny.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Benedict']);
  });

  it('joins a nickname and surname to the name an aside after it says is theirs', () => {
    const text = [
      'I passed the letter to Dusty Pellow, who was eating toast.',
      'Dusty — his name is Arnold Pellow, though nobody has used it since school — read it twice.',
      '“Bad news,” said Dusty.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Arnold Pellow']);
  });

  it('takes no one a writer "called" something for a nickname', () => {
    const text = [
      'Noor Haddad runs the kitchen. Last spring the critic Harriet Vine called Noor a genius.',
      '“I read it twice,” said Noor.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Noor Haddad']);
  });

  it('gives the nickname of "called her …" to the one she is, not to the one who calls her so', () => {
    const text = [
      'Tom Bright came in with his sister Catherine Bright, and he called her Puss, as he always had.',
      '“Sit down, Tom,” said Puss.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Catherine Bright']);
  });

  it('joins a name someone is "known as" to them', () => {
    const known = ['Margaret Hale was known to everyone in the village as Magpie.', '“The post is late,” said Magpie.'];
    assert.deepStrictEqual(speakers(known.join('\n\n')), ['Margaret Hale']);
  });

  it('takes no one a speaker "called" on the telephone for their nickname', () => {
    const text = ['Mary Cole ran the shop. Tom Pike called Mary at noon.', '“You rang,” said Mary.'];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['Mary Cole']);
  });

  it('joins a nickname to the full name the text gives its bearer', () => {
    const text = ['Gus came in from the rain. His full name was Augustine Marlowe, but nobody used it.', '“Is there tea?” said Gus.'];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['Augustine Marlowe']);
  });

  it('joins a nickname "to everyone" after a full name to it', () => {
    const paren = ['Theodore Vance (Moose to everyone in the building) came in at noon.', '“We are short of lemons,” said Moose.'];
    assert.deepStrictEqual(speakers(paren.join('\n\n')), ['Theodore Vance']);
    const comma = ['Theodore Vance, Moose to his friends, came in at noon.', '“We are short of lemons,” said Moose.'];
    assert.deepStrictEqual(speakers(comma.join('\n\n')), ['Theodore Vance']);
  });

  it('takes no name in the possessive after a dash for the one before it', () => {
    const text = ['Lucy—Mary Smith’s youngest—sat by the fire.', '“It is cold,” said Lucy.'];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['Lucy']);
  });

  it('gives the nickname of a "whom … called" clause to the name it follows, whatever stands between', () => {
    const text = [
      'Kit Lowry stood at the rail beside Abel Crane, whom the whole watch, the bosun among them, called Grandad.',
      '“Wind’s backing,” said Grandad.',
      '“So it is,” said Kit.',
    ];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['Abel Crane', 'Kit Lowry']);
  });

  it('gives a full name a he/she "was" to the one-word name the sentence before named', () => {
    const text = [
      'Birdie had signed for the van herself. On the hire papers she was Roberta Quayle, and on nothing else.',
      'Tom Rudd climbed in beside her.',
      '“Belt,” said Birdie.',
      '“Fine,” said Tom.',
    ];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['Roberta Quayle', 'Tom Rudd']);
  });

  it('gives no full name to a one-word name when the pronoun may be someone else’s', () => {
    const text = [
      'Sharkey waited by the gate. Then the other woman spoke. She was Ada Pruitt, of the county office.',
      '“Well,” said Sharkey.',
    ];
    assert.deepStrictEqual(speakers(text.join('\n\n')), ['Sharkey']);
  });
});
