import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A story told in the first person: its narrator takes part in the conversations the narration puts them in, even
// when no clause ever says "I said".
describe('a first-person narrator never cued', () => {
  const story = (turns: string[]) => [
    'I had been three weeks in the town and I knew nobody in it. My landlady, Martha Cole, came up with the post and stood in my doorway, and I put down my book.',
    ...turns,
    'She held it out to me, and I took it.',
  ].join('\n\n');

  it('answers the one who speaks to them', () => {
    const text = story(['"You are not going out in this, are you?"', '"I have to."', '"Then take my umbrella. It was my husband\'s."']);
    assert.deepStrictEqual(speakers(text), ['Martha Cole', 'I', 'Martha Cole']);
  });

  it('is no party to words a writer was told, which speak to no one there', () => {
    const text = [
      'I spent an afternoon at the new museum, and I liked it more than I expected to. My guide was the founder, Priya Nandakumar, who showed me round while I took my notes.',
      'Nandakumar told me the idea was simple: "Everyone has lost something, and almost nobody gets it back."',
      '"We wanted a place where the losing itself is the exhibit."',
      'She was right about the mood, and I said so in my notes. As she told the Gazette:',
      '"People come in expecting to laugh, and they leave a little quieter," Nandakumar said.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'I');
  });

  it('answers one whose turn a speech clause cued', () => {
    const text = [
      'I have worked for Teddy Marsh for six years, and I know him well. I know my way round his kitchen, I know his moods better than my own, and I have never once seen him like this. I think he has been crying.',
      'Teddy says, "We are done. End of the month."',
      'I wait for the rest of it.',
      '"The landlord?"',
      '"The landlord, the bank, my sister. You can pick one."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Teddy Marsh', 'I', 'Teddy Marsh']);
  });

  it('asks the question that follows narration of their own', () => {
    const text = [
      'I have worked for Teddy Marsh for six years, and I know him well. I know my way round his kitchen, I know his moods better than my own, and I have never once seen him like this. I think he has been crying.',
      'Teddy says, "We are done. End of the month."',
      'I wait for the rest of it.',
      '"The landlord?"',
      '"The landlord, the bank, my sister. Pick one."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Teddy Marsh', 'I', 'Teddy Marsh']);
  });

  it('does not speak the turn after narration reporting their words: the one they answered goes on', () => {
    const text = [
      'I had known Lucius Crane for eleven years, and I had long ago given up trying to follow his reasoning. My own work was with my patients; his was with puzzles, and I was glad of it. I remember that morning well.',
      '"Ward," said he, "you will oblige me by putting away that toast. We have a visitor upon the stair."',
      'I protested that I heard nothing whatever.',
      '"You hear nothing because you listen only with your ears."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Lucius Crane', 'Lucius Crane', 'Lucius Crane']);
  });

  it('speaks the turn calling someone by the kin word the narration gives the narrator\'s relative', () => {
    const text = [
      'I had been three weeks at Drayford with my aunt, Miss Jessop, and I had learned to keep my eyes on my sewing. I was not unhappy there, though I missed my mother.',
      '"Do not look at me like that, child," said Miss Jessop. "I am not going to sell the field."',
      'Mr. Holroyd had gone, and the parlour was very quiet.',
      '"I did not think you were, aunt."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Miss Jessop', 'Miss Jessop', 'I']);
  });
});
