import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A name opening the answer to a question for one is the speaker's own; said again a turn or two later ("Nell. Nell,
// sir."), it is still their own, not someone they call.
describe('a speaker who says their own name again', () => {
  const scene = (again: string) => [
    'The keeper held the lantern up to my face.',
    '"What is your name?" said the keeper. "Out with it!"',
    '"Nell, sir."',
    '"Louder," said the keeper, shaking me. "I cannot hear you!"',
    again,
  ].join('\n\n');

  it('is still their own name', () => {
    assert.deepStrictEqual(speakers(scene('"Nell. Nell, sir."')).slice(2), ['Nell', 'the keeper', 'the keeper', 'Nell']);
  });

  it('is not taken so for a name no one gave as their own', () => {
    assert.notStrictEqual(speakers(scene('"Tom. Tom, sir."'))[5], 'Tom');
  });
});
