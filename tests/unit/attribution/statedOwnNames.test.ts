import * as assert from 'node:assert';
import { nameStatedAsOwn } from '../../../server/src/engine/attribution/selfNamed';
import { speakers } from '../../helpers/attributionText';

// An uncued turn whose words say who its speaker is ("I’m Mae.") is that person's, whatever the turn order or the
// name the turn before called would make it.
describe('an uncued turn that states its speaker’s name', () => {
  it('is the one it names, where the conversation found no one', () => {
    const text = [
      'June Dunn and her sister Mae had come up from the station in the rain.',
      'Mr. Bragg held up the lamp. "Inside, all of you. Don\'t just stand there, June, shut the door."',
      '"I\'m Mae."',
      '"Then shut it, Mae."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Bragg', 'Mae', 'Mr. Bragg']);
  });

  it('reads only a name given in so many words, not a word said twice', () => {
    assert.strictEqual(nameStatedAsOwn('I’m Mae.', (n) => n === 'Mae'), 'Mae');
    assert.strictEqual(nameStatedAsOwn('My name is Tom Varley.'), 'Tom Varley');
    // "Tuesdays. Definitely Tuesdays." and "Asa! You Asa!" repeat a word; they name no speaker.
    assert.strictEqual(nameStatedAsOwn('Tuesdays. Definitely Tuesdays.'), null);
    assert.strictEqual(nameStatedAsOwn('Asa! You Asa!'), null);
  });
});
