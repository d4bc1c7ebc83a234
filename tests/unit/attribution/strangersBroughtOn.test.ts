import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A stranger the narration brings on by a role ("announced the sexton, who …") or sets beside a named man as someone
// else ("The clergyman … looked at Mr. Quarrie") is that role, not the salient man of the scene.
describe('strangers brought on by a role', () => {
  const sexton = [
    'Superintendent Gedge had formed a theory by ten, and Mr. Lucian Thorne had formed another.',
    '',
    '“Accident,” said Gedge.',
    '',
    '“Then where was his lantern?” said Thorne.',
    '',
    'A slow, grinding noise from the lych-gate announced the sexton, who was wheeling a barrow along the path. He set the barrow down and regarded the two gentlemen.',
    '',
    '“You’ll be wanting the ladder,” said the old man. “Well, you can’t.”',
    '',
    '“And why?” said Thorne.',
    '',
    '“Quite right,” said Gedge.',
    '',
    '“He’s no call to,” said the sexton.',
  ].join('\n');

  it('reads "a slow, grinding noise" as one phrase, no person "a slow", and "the old man" as the sexton it brought on', () => {
    assert.deepStrictEqual(speakers(sexton), ['Gedge', 'Lucian Thorne', 'the sexton', 'the sexton', 'Lucian Thorne', 'Gedge', 'the sexton']);
  });

  it('keeps the sexton, whom the narration makes a he, apart from the woman a clause names after his turns', () => {
    const text = [
      'Superintendent Gedge stood among the yews with Mr. Lucian Thorne.',
      '',
      'A rumble from the lych-gate announced the sexton, who was wheeling his barrow along the path. He set it down.',
      '',
      '“You’ll be wanting the ladder,” said the sexton. “Well, you can’t.”',
      '',
      '“And why?” said Thorne.',
      '',
      '“I saw it Thursday,” said a voice from over the wall.',
      '',
      '“Mrs. Pook, of the Post Office,” said the Superintendent.',
      '',
      '“And General Stores,” said Mrs. Pook with dignity.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(0, 2), ['the sexton', 'the sexton']);
  });

  it('keeps "a tall, thin man" one phrase: the man who spoke, whom "he" goes on as', () => {
    const text = 'A tall, thin man said the road was closed. “It will be shut till morning,” he said.';
    assert.deepStrictEqual(speakers(text), ['a tall, thin man']);
  });

  it('does not give "the clergyman" to the salient man the narration shows beside him', () => {
    const text = [
      'Mr. Quarrie had the best chair by the fire, and talked of his brother-in-law the alderman. The clergyman sat in the corner with a book.',
      '',
      '“You will have met the alderman, I dare say,” said Mr. Quarrie.',
      '',
      '“I have not,” said the clergyman, and turned a page.',
      '',
      'Mr. Quarrie ate his mutton. The clergyman closed his book and looked at Mr. Quarrie with great gentleness.',
      '',
      '“He is my cousin,” said the clergyman.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Quarrie', 'the clergyman', 'the clergyman']);
  });

  it('does not give "the curate" to the one named just before when that sentence sets them apart', () => {
    const text = [
      'Mr. Quarrie had the best chair by the fire. The curate sat in the corner with a book.',
      '',
      '“You will have met the alderman, I dare say,” said Mr. Quarrie.',
      '',
      'Mr. Quarrie ate his mutton. The curate closed his book and looked at Mr. Quarrie with great gentleness.',
      '',
      '“He is my cousin,” said the curate.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Quarrie', 'the curate']);
  });

  it('still gives "the clergyman" to the one man named as one', () => {
    const text = 'Mr. Beebe, the clergyman, came in late. “I am sorry,” said the clergyman.';
    assert.deepStrictEqual(speakers(text), ['Mr. Beebe']);
  });
});
