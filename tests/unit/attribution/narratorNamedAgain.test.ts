import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A first-person narrator's name from a story's opening words to them, their own words, the narration's "calling me",
// and grown to the fullest form the text writes.
describe('a first-person narrator named by the words that open the story', () => {
  const opening = (first: string, second: string) => [
    'I was asleep in the hayloft with my boots still on when I heard my Aunt Hester come out and bang the yard gate after her.',
    `"${first}"`,
    'I lay still and let the swallows go on about their business over my head.',
    `"${second} I know you are up there."`,
    'She stood at the foot of the ladder with her arms folded, and there was no help for it.',
    'I came down slowly, picking the straw off my shirt, and took as long about it as a body decently could.',
    '"I was resting my eyes," I said.',
    '"Rest them on the cows," she said, and went back across the yard.',
  ].join('\n\n');

  it('takes the name one speaker calls before the narrator says anything, leaving out a call\'s "you"', () => {
    assert.strictEqual(speakers(opening('Ned! You Ned!', 'Ned Farrow, come down.')).at(-2), 'Ned Farrow');
  });

  it('keeps "I" when the opening words call two people', () => {
    assert.strictEqual(speakers(opening('Ned! You Ned!', 'Silas Farrow, come down.')).at(-2), 'I');
  });

  it('takes the greeting of one expected: "You\'ll be …"', () => {
    const text = [
      'The carrier set me down at the lodge in the last of the light, and the door opened before I had knocked.',
      '"You\'ll be Miss Pellow," said the woman who opened it. "Come in out of the wet."',
      '"I hope I am not too late," I said.',
    ].join('\n\n');
    assert.strictEqual(speakers(text).at(-1), 'Miss Pellow');
  });
});

describe('a first-person narrator who names themselves', () => {
  const scene = (answer: string) => [
    'I was on my knees in the art room with a brush in each hand when the door opened behind me.',
    '"Mrs. Ferris sent me," Dario said. "Are you the one doing the posters?"',
    `"${answer}"`,
    '"Good," he said. "Then you can carry half."',
  ].join('\n\n');

  it('takes the name an uncued turn answering gives as the speaker\'s own', () => {
    assert.strictEqual(speakers(scene("I am. I'm Okonkwo.")).at(2), 'Okonkwo');
  });

  it('takes no nationality for a name', () => {
    assert.strictEqual(speakers(scene("I am. I'm Welsh.")).at(2), 'I');
  });
});

describe('a first-person narrator the narration says others call by name', () => {
  it('reads "calling me" as "called me"', () => {
    const text = [
      'By the spring the paper had taken to calling me Osric Venn, 61, in every headline, as though the age were a charge.',
      '"You will stand when the judge comes in," my lawyer said.',
      '"I know how to stand," I said.',
    ].join('\n\n');
    assert.strictEqual(speakers(text).at(-1), 'Osric Venn');
  });
});

describe('a first-person narrator\'s fullest name', () => {
  const scene = (brother: string) => [
    `The inspector had my statement in front of him, and a photograph of my brother, ${brother}, on top of it.`,
    '"Tell me again about Friday, Mrs Delacourt."',
    '"I have told you twice," I said.',
    '"Then a third time will cost you nothing, Mrs Delacourt."',
    'He slid a typed page across the desk. At the top it said: Statement of Imogen Delacourt.',
  ].join('\n\n');

  it('grows the name found to the fullest form the text writes of it', () => {
    assert.strictEqual(speakers(scene('Rupert Delacourt'))[1], 'Imogen Delacourt');
  });

  it('never takes a relative sharing the surname for the narrator', () => {
    const text = [
      'The inspector had my statement in front of him, and a photograph of my brother, Rupert Delacourt, on top of it.',
      '"Tell me again about Friday, Mr Delacourt."',
      '"I have told you twice," I said.',
      '"Then a third time will cost you nothing, Mr Delacourt."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'I');
  });
});
