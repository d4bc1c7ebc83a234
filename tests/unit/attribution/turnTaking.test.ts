import * as assert from 'node:assert';
import { namesSpokenOf } from '../../../server/src/engine/attribution/dialogue';
import { speakers } from '../../helpers/attributionText';

// Uncued turns in conversations of three or more people: who speaks comes from the conversation's structure.
describe('turn-taking in conversations of several people', () => {
  it('passes over a reading the turn rules out by addressing that person, to the next likeliest', () => {
    // Alternation says Edith, but the turn speaks to Edith: the third person at the gate, Clara, is left.
    const text = [
      'Clara Voss, Bernard Hale and Edith Marsh stood at the gate.',
      '"Bernard, open it," said Edith.',
      '"It is locked," said Bernard.',
      '"Then we climb it, Edith."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Edith Marsh', 'Bernard Hale', 'Clara Voss']);
  });

  it('reads narration answered by name in the next uncued turn as a reaction, not as the lead into the turn after it', () => {
    // Hugh laughs at Basil's words; "Yes, I knew you would" is Basil's, as the turn after it, said to Basil, shows.
    const text = [
      'Hugh Palmer sat with Basil Ward in the studio.',
      '"You will laugh at me," said Basil.',
      'Hugh stretched himself out on the divan and laughed.',
      '"Yes, I knew you would; but it is true."',
      '"Too much of yourself in it! Upon my word, Basil, I never knew it."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Basil Ward', 'Basil Ward', 'Hugh Palmer']);
  });

  it('reads a name opening the answer to a question for one as the speaker\'s own, not as whom it addresses', () => {
    const text = [
      'Walter Quill sold papers on the corner by the bank.',
      '"Bring the change to my office," said a gentleman.',
      '"Yes, sir. What name?" asked Walter.',
      '"Harcourt, office on the second floor."',
      '"All right, sir; I\'ll bring it."',
      '"I wonder whether he will prove honest," said Mr. Harcourt to himself.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Harcourt', 'Walter Quill', 'Mr. Harcourt', 'Walter Quill', 'Mr. Harcourt']);
  });

  it('reads a name its speaker introduces as the hearer\'s ("Mr. Pell, your new tenant") as the speaker\'s own', () => {
    const text = [
      'Mr. Garrow leant over the gate and watched me ride up.',
      '"Mr. Garrow?" I said.',
      '"Mr. Pell, your new tenant, sir. I hope I do not intrude."',
      '"The Grange is my own, sir," he interrupted.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['I', 'Mr. Pell', 'Mr. Garrow']);
  });

  it('never gives a turn to the one it addresses, whether the narration names them or the name fits two people', () => {
    const text = [
      'Beatrice O\'Hara had been a beauty in her day. Amory Blaine lived in hotels with his mother, Beatrice Blaine.',
      '"Amory."',
      '"Yes, Beatrice." (Such a quaint name for his mother; she encouraged it.)',
      '"Dear, do not get out of bed yet."',
      '"All right."',
    ].join('\n\n');
    const [, yes, dear, allRight] = speakers(text);
    assert.deepStrictEqual([yes, allRight], ['Amory Blaine', 'Amory Blaine']);
    assert.match(dear ?? '', /^Beatrice /);
  });

  it('never gives a turn to someone its words speak of by name', () => {
    const text = [
      'John Linden sat with his niece Florence Linden and his nephew Curtis Waring.',
      '"You know my heart, Florence," said Curtis.',
      '"Yes, Curtis; you and Florence are equally dear to me."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Curtis Waring', 'John Linden']);
    assert.deepStrictEqual(namesSpokenOf('I am Mary Lennox, and Mrs. Medlock sent me.'), ['Mrs. Medlock']);
  });

  it('gives a turn that speaks to the one the narration was about to whoever spoke before', () => {
    const text = [
      'Margaret Lowe and Josephine Lowe sat by the fire.',
      '"Josephine whistles like a boy," observed Margaret.',
      'Josephine put her hands in her pockets and began to whistle.',
      '"Don\'t, Josephine. It is so rude!"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Margaret Lowe', 'Margaret Lowe']);
  });
});

describe('turn-taking across paragraphs that mix narration and speech', () => {
  it('alternates across a paragraph whose quotation has a speech clause', () => {
    const text = [
      'Edmund Hale and Clara Voss sat at the table.',
      'Edmund looked up. "Is there more tea?" asked Edmund.',
      '"There is," said Clara.',
      '"Then pour me a cup."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Edmund Hale', 'Clara Voss', 'Edmund Hale']);
  });

  it('lets the person such a paragraph addresses answer it', () => {
    const text = [
      'Edmund Hale, Clara Voss and Tobias Reed sat at the table.',
      'Edmund folded his paper. "Tobias, pass the salt," said Edmund.',
      '"Here it is."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Edmund Hale', 'Tobias Reed']);
  });

  it('links a turn led by narration that does not name its speaker into the conversation', () => {
    const text = [
      'Walter Price and Tom Bell stood by the stile.',
      '"Take up that basket," said Walter.',
      'The lad frowned. "Why should I?"',
      '"Because I say so, Tom," said Walter.',
      '"And because I pay you," added Walter.',
      '"That is no reason."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Price', 'Tom Bell', 'Walter Price', 'Walter Price', 'Tom Bell']);
  });

  it('reads a he/she reply to a turn whose narration names its speaker as the other party of the exchange', () => {
    // "he replied" answers Oliver, whom the narration just named: the one Oliver answered speaks, not Oliver.
    const text = [
      'Oliver Grant and Hugh Barrow sat in the studio.',
      '"I shall never show the picture," said Hugh.',
      'Oliver raised his eyebrows and looked at him. "Never show it? My dear fellow, why not?"',
      '"You will laugh at me," he replied.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hugh Barrow', 'Oliver Grant', 'Hugh Barrow']);
  });

  it('finds the other party among those the narration before any turn of the conversation refers to, by his or her too', () => {
    // The boy is only "his" in the narration leading into Ada's turn, after the conversation began.
    const text = [
      'Tom Price had run off before breakfast.',
      'Ada Lowe washed the dishes and swept the porch.',
      '"Tom!" she called.',
      'No answer came. Then she turned and seized a small boy by the slack of his jacket.',
      '"What have you been doing in there?"',
      '"Nothing."',
      '"Nothing! Look at your hands."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ada Lowe', 'Ada Lowe', 'Tom Price', 'Ada Lowe']);
  });

  it('gives the uncued turns of a conversation resumed after a few paragraphs of narration to the same two people', () => {
    const text = [
      'Nell Carver sat at the window when her cousin Amos Reed came in.',
      '"It can never be," said Nell.',
      'Amos bit his lip.',
      'He had expected anger, but not this.',
      'The clock ticked on the shelf.',
      '"You would break his heart," he returned.',
      '"Is it his wish, then?"',
      '"There is no doubt of it."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nell Carver', 'Amos Reed', 'Nell Carver', 'Amos Reed']);
  });

  it('keeps a he/she turn whose verb goes on ("he added") with the one who spoke the turn before', () => {
    const text = [
      'Mr. Hale and Robert Lane walked up from the beach under one umbrella.',
      '"What folly, to bathe at noon!" exclaimed Mr. Hale. He had bathed at dawn himself. That was why the morning seemed long to him.',
      '"You are burnt beyond recognition," he added.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Hale', 'Mr. Hale']);
  });
});
