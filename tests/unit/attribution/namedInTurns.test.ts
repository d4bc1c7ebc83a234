import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// A transcript labels a party it cannot name by their part ("CALLER:", "A WOMAN:") and lets them name themselves.
const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => q.attribution.speaker);

describe('a label standing for no one, named in its own turns', () => {
  it('is the name alone a turn answers with when asked for it, at all its turns', () => {
    const text = [
      'The dispatcher took the call just after two. The transcript was released on Friday.',
      'OPERATOR: Nine-one-one, what is your emergency?',
      'CALLER: There is smoke coming out of the barn next door.',
      'OPERATOR: Okay. Can I get your name, please?',
      'CALLER: Marisol Penhaligon. I live at the farm on Cutter Lane.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Operator', 'Marisol Penhaligon', 'Operator', 'Marisol Penhaligon']);
  });

  it('is the name a turn gives as its own ("My name is …")', () => {
    const text = [
      'The recording was played to the jury on Tuesday.',
      'OPERATOR: Police, what is your emergency?',
      'A WOMAN: My name is Dolores Achebe-Grant and someone has broken into my car.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Operator', 'Dolores Achebe-Grant']);
  });

  it('is not a name a turn opens on unasked, nor one answering a question for someone else\'s', () => {
    const text = [
      'The dispatcher took the call just after two.',
      'OPERATOR: Whose barn is it? What is his name?',
      'CALLER: Marisol Penhaligon. She owns it.',
      'OPERATOR: Is anyone inside?',
      'CALLER: Alder Crane, I think. He sleeps there.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Operator', 'Caller', 'Operator', 'Caller']);
  });
});
