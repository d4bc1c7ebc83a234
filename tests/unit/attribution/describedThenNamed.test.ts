import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "said one resident in Truro, 34-year-old nurse Lucy Harper": the name in apposition after a description is the speaker.
describe('a description, then the name', () => {
  it('takes the name after a place and an age or a role for the speaker of an inverted cue', () => {
    const text = [
      '"It came up so fast," said one resident in Penrose Street, 34-year-old nurse Lucy Harper.',
      '"Nobody warned us," said a shopkeeper at the market, 58-year-old Idris Vaughan.',
      '"We lost everything," said one neighbour, retired teacher Maura Kinsella.',
      '"The cellar went first," said a resident of Mill Lane, nurse Ada Pryce, 34.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Lucy Harper', 'Idris Vaughan', 'Maura Kinsella', 'Ada Pryce']);
  });

  it('keeps the description when the name after it is no apposition: a body, or what the speaker does', () => {
    const text = [
      '"We are reviewing it," said a spokesman for the council, Ashford Borough Council.',
      '"What tailor do you use?" asked the gentleman, surveying Ned Carver\'s coat.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a spokesman for the council', 'the gentleman']);
  });

  it('takes a description for the name opening the next sentence, or paragraph, with a who-clause or an age and a speech verb', () => {
    const text = [
      'A queue had formed outside the bakery by seven. "We sold out by eight," said the shop\'s manager. Kasia Wren, who has run it for nine years, said she had never seen such a rush.',
      '"It is madness," said the night porter. Bill Okoye, 58, said he had locked the door at nine.',
      'The shop opened late, as the bakery\'s founder warned it would "for some weeks."',
      'Anna Dale, who opened it in 1990, said the ovens were old. "They are older than me," she said.',
      '"Nobody is hurt," said a police officer. Sam Vere, 19, was arrested at the scene.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Kasia Wren', 'Bill Okoye', 'Anna Dale', 'Anna Dale', 'a police officer']);
  });

  it('does not take it for a name the next sentence gives a role of its own', () => {
    const text = '"We sold out by eight," said the shop\'s manager. Kasia Wren, the council\'s leader, said the queues were a good sign.';
    assert.deepStrictEqual(speakers(text), ["the shop's manager"]);
  });
});
