import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Schools and crews give nicknames with the article ("the Owl"): a capitalised word the narration writes after "the"
// as a speaker is someone's name, and a "He had been christened Percival Pendry" makes it one with that full name.
describe('attribution: a nickname with its article', () => {
  it('reads "said the Owl" as a person the he after "The Owl" refers to', () => {
    const text = [
      '“Rats,” said Dusty.',
      '“I did not,” said the Owl.',
      'Dusty went out. The Owl took off his spectacles and wiped them.',
      '“Then we need an alibi,” he said at last.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dusty', 'Owl', 'Owl']);
  });

  it('gives the nickname to the full name the one so called was christened', () => {
    const text = [
      '“I did not,” said the Owl. He had been christened Percival Pendry, but nobody called him anything but the Owl.',
      '“Two hundred lines,” said the Owl.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Percival Pendry', 'Percival Pendry']);
  });

  it('takes no nationality after "the" for a nickname', () => {
    const text = ['Mikkel Brandt won the stage. The Dane said it had hurt.', '“I will sleep well,” he said.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mikkel Brandt']);
  });
});
