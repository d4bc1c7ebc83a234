import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Her name was Bramble": the narration names someone it had only described ("my mother"), and the description then
// stands for that name.
describe('a name the narration gives a description', () => {
  it('makes "said my mother" the person "her name was" named', () => {
    const text = [
      'I have never forgotten the advice of my mother; I knew she was a wise old mare. Her name was Bramble, but the master called her Pet.',
      'One morning the hounds came over the hill.',
      '"Now we shall see the hare," said my mother.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Bramble']);
  });

  it('leaves a name given for no description of that gender to itself', () => {
    const text = ['My father kept a dog. Her name was Tess.', '"Down, Tess!" said my father.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['my father']);
  });

  it('names the he of the speech cues before "His name is …" ("“…,” he says. ¶ His name is Len Abbott")', () => {
    const text = [
      'Omar Said took over the café in March and changed the menu. Some regulars were not pleased. One of them, a retired postman who has eaten at the window table since 1990, puts it simply.',
      '"The new dishes are very good," he says. "I do not eat them."',
      'His name is Len Abbott, and he orders the same soup every week.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Len Abbott', 'Len Abbott']);
  });

  it('takes "the king" for the one brought in as "a king called Berengar", not the lord named since', () => {
    const text = [
      'There once reigned a king called Osric, who was bored. His chancellor, Lord Vimmel, stood by the throne.',
      '"Nothing is new," said the king.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Osric']);
  });

  it('takes "the steward" for the one "whose name was" given after "his steward"', () => {
    const text = [
      'At the king\'s side stood his steward, whose name was Thistle. Thistle bowed low. Lord Vimmel frowned at him.',
      '"You are late," said Lord Vimmel. "I am always late," said the steward.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Lord Vimmel', 'Thistle']);
  });

  it('reads a definite "the captain called Kit Marlow down" as a clause, naming no captain', () => {
    const text = [
      'At noon the captain called Kit Marlow down. Kit climbed down from the mast, and Jem Hollis followed him.',
      '"Sir?" said Jem. "Sit," said the captain.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Kit Marlow');
  });
});
