import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A name that is also a common word ("Young", "Good") reads as an exclamation when called out, unless a speech clause
// has named someone by it: then "Shut up, Young!" calls that person, and the uncued turn it answers is theirs.
describe('a speaker named by a common word', () => {
  const scene = (clause: string) => [
    `"I have a reason for coming," ${clause}. "I always have."`,
    'I looked at him again. "What is it?" I asked.',
    '"Well, if you must know, I am getting too fat."',
    '"Shut up, Young!" said Sir Henry.',
  ].join('\n\n');

  it('is called by that word once a speech clause gave it', () => {
    assert.deepStrictEqual(speakers(scene('said Young')), ['Young', 'Young', 'I', 'Young', 'Sir Henry']);
  });

  it('is no one called when no clause gave it', () => {
    assert.notStrictEqual(speakers(scene('he said'))[3], 'Young');
  });
});

// "Good beamed at me": a common word opening a sentence, which the narration elsewhere writes as a name ("said
// Good", "Captain John Good"), is that person acting, not the word.
describe('a common-word name opening a sentence', () => {
  const scene = (named: string) => [
    `Sir Henry Curtis lit his pipe, and ${named} sat by the fire under a young moon.`,
    '"How very odd," said Sir Henry. "Eh?"',
    'Young smiled at me through his eyeglass and murmured, "Yes, odd, very odd."',
  ].join('\n\n');

  it('is the person the narration names by it', () => {
    assert.deepStrictEqual(speakers(scene('Captain Arthur Young')), ['Henry Curtis', 'Henry Curtis', 'Arthur Young']);
  });

  it('is no one when the narration never writes it as a name', () => {
    assert.notStrictEqual(speakers(scene('the captain'))[2], 'Young');
  });
});

// "Behind the door stood …", "Above all the noise …": a preposition opening a sentence is no one's name.
describe('a preposition opening a sentence', () => {
  it('is never taken for a speaker', () => {
    for (const opening of ['Above all the noise came a cry', 'Behind the door, all at once', 'Beyond the hedge, a little later']) {
      const [speaker] = speakers(`The guests sat down. ${opening}, shouting: "Ahoy there!"`);
      assert.ok(speaker === null || !/^(?:Above|Behind|Beyond)$/.test(speaker), `${opening}: ${speaker}`);
    }
  });
});
