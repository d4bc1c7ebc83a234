import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A he/she opening the utterance after a sentence prefers that sentence's subject (centering), not someone it names
// in passing: an owner in the possessive, a person named later in the sentence, the one who spoke before.
describe('a he/she after the sentence before', () => {
  it('is the name in apposition, not the full name in the possessive before it', () => {
    const text = [
      'Judge Mary Holt opened the hearing. “We start today,” she said.',
      'Anna Kerr’s lawyer, Ruth Lam, said the case should be dropped. “There is no evidence,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mary Holt', 'Ruth Lam']);
  });

  it('is the one an age noun opening that sentence describes, not a woman it names later', () => {
    const text = [
      'Coach Maria Lopez praised the team. “They fought,” she said.',
      '“It was a long season,” said setter Lucia Delgado. The 34-year-old, who has said this will be her last season, was mobbed by teammates as Lopez watched. “I will miss this,” she added.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maria Lopez', 'Lucia Delgado', 'Lucia Delgado']);
  });

  it('is that sentence’s subject of no known gender, not a man its relative clause names', () => {
    const text = [
      'Chief executive Dana Pryce presented the results on Thursday. Analyst John Hart said they were poor. “It is a bad quarter,” he said.',
      'Pryce also lowered the company’s forecast, which Hart had called too high. “We are realistic,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['John Hart', 'Dana Pryce']);
  });

  it('leaves a relative opening that sentence to the reading of relatives', () => {
    const text = [
      'Kyle Pike, 24, stood outside the court. “We are going to fight,” he said.',
      'His son said the restaurant changed afterwards. “Dad was the front of house,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Kyle Pike', 'his son']);
  });

  it('reads that sentence past a quotation ending on its own full stop', () => {
    const text = [
      'Coach Maria Lopez and setter Lucia Delgado spoke after the match.',
      '“They fought,” said Lopez. “I am proud.” Delgado, who has said this will be her last season, was mobbed by teammates after Lopez spoke. “I will miss this,” she added.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maria Lopez', 'Maria Lopez', 'Lucia Delgado']);
  });

  it('is the one that sentence’s subject asked, who answers (a him there is never its own clause’s subject)', () => {
    const text = [
      'Tom Reed came in from the yard.',
      'Sam Ward asked him what he had done with his coat.',
      '“I left it in the barn,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Reed']);
  });

  it('is that sentence’s subject when it only looked at or acted on a him, not one it spoke to', () => {
    const text = [
      'Tom Reed came in from the yard.',
      'Sam Ward watched him over the top of his newspaper.',
      '“You are late again,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Sam Ward']);
  });

  it('is the subject of that sentence’s last clause after “; but” or “, and”, when it fits', () => {
    const text = [
      'Ellen Marsh and her sister Rose Marsh sat by the fire.',
      'Ellen made no answer; but Rose, who was younger, put down her sewing at once.',
      '“I shall go myself,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Rose Marsh']);
  });

  it('is the main subject when the “and” joins the parts of a clause opening the sentence', () => {
    const text = [
      'Ellen Marsh lit the lamp and went to the kitchen. As soon as the kettle was on, and Rose, her maid, had been sent upstairs, she carried the tray into the parlour.',
      '“Good evening,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ellen Marsh']);
  });

  it('is the subject of a last clause after a subordinate one, when no later subject follows it', () => {
    const text = [
      'Dr. Owen Price came to the bedside, and Tom Hale sat up to meet him.',
      '“We shall see,” said Dr. Price.',
      'When he had gone the nurse drew the curtains, very quietly, and Hale lay back and closed his eyes.',
      '“Tomorrow,” he said, “you shall read to me.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Owen Price', 'Tom Hale', 'Tom Hale']);
  });

  it('is the owner opening a last clause an “and” with no comma joins, when an auxiliary shows it is a clause', () => {
    const text = [
      'Agnes Reid came into the kitchen with Jane Moss.',
      'By the time the kettle boiled, Jane Moss had set out the cups and Agnes Reid’s eyes were half shut.',
      '“Is it done?” she said.',
      'Agnes Reid went to the window. Jane Moss looked at Agnes Reid and Mary Cole.',
      '“Is it done?” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Agnes Reid', 'Jane Moss']);
  });

  it('is not a second name after an “and” that follows a name: the two are a joint subject', () => {
    const text = [
      'Agnes Reid came into the kitchen with Jane Moss and Mary Cole.',
      'Agnes Reid put down the tray, and Jane Moss and Mary Cole have been at odds since the spring.',
      '“Is it done?” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Agnes Reid']);
  });

  it('gives an untagged turn to the owner opening a last clause an “and” with no comma joins', () => {
    const text = [
      'Agnes Reid came into the kitchen with Jane Moss.',
      '“Sit down,” said Jane Moss.',
      'By the time the kettle boiled, Jane Moss had set out the cups and Agnes Reid’s eyes were half shut.',
      '“Is it done?”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jane Moss', 'Agnes Reid']);
  });

  it('holds for an inverted "said she", past a counted group to the "that" clause an "It was agreed" holds the place of', () => {
    const text = [
      'It was generally agreed at Hollins Green that Mrs. Marlow had never been so much in want of a subject. The three Miss Marlows — Ann; Kate, whom nobody called anything but Kitty; and Lucy — were all at home.',
      '“He is to have the rooms over the saddler’s,” said she.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Marlow']);
  });

  it('holds for a he/she after a connective ("But she said", "Later, she said:")', () => {
    const text = [
      'Coach Maria Lopez praised the team. “They fought,” she said.',
      '“It was a long season,” said setter Lucia Delgado. The 34-year-old, who has said this will be her last season, was mobbed by teammates as Lopez watched. Later, she said: “I will miss this.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maria Lopez', 'Lucia Delgado', 'Lucia Delgado']);
  });

  it('reads the subject that asked past an aside between commas ("Hart, his old rival, asked him")', () => {
    const text = [
      'Governor Tom Reyes said he had not decided whether to run again.',
      'Ed Hart, his old rival, asked him to stand aside. “Ed has asked me twice,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Reyes']);
  });

  it('is the relative the text named when that sentence opens on "Her daughter", not a woman named in its clause', () => {
    const text = [
      'Nina Cole has run the bakery for thirty years. Her daughter, Ruth, joined her in 2015. “She learned faster than I did,” Nina Cole said.',
      'Her daughter laughed as a customer, Maria Lopez, walked in.',
      'She said the shop would stay open. “We are not going anywhere,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Nina Cole', 'Ruth']);
  });

  it('skips only a phrase a preposition, subordinator, adverb or participle opens, not a subject with a clause of its own', () => {
    const text = [
      'Coach Maria Lopez praised the team. “They fought,” she said.',
      'The setter, Lucia Delgado, scored the winner. Fans who had travelled with Lopez, the coach, sang for an hour. “I will miss this,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maria Lopez', 'Lucia Delgado']);
  });

  it('skips an adverb opening a phrase of place ("Back in the town,") to the name after it', () => {
    const text = [
      'Ellen Marsh has waited two years for a new knee. She lives alone in Hollow Bank.',
      'The hospital’s director, Dr Ruth Kaye, said the delays were “regrettable”. Early figures were encouraging, she said.',
      'Back in Hollow Bank, Marsh has been given a new date. She is trying not to count on it. “I will believe it when I see it,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Kaye', 'Ellen Marsh']);
  });

  it('is the name in apposition after a noun phrase lengthened by "of" phrases, not an earlier holder of its role', () => {
    const text = [
      'The host, the Caldorian prime minister Anna Strand, said the text was strong. “It is a good day,” she said.',
      'Leaving the venue, the prime minister of one of the smaller island nations, Mette Holm of Westray, stopped to speak to reporters.',
      '“Our ships are still held,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anna Strand', 'Mette Holm']);
  });
});
