import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The judge, Ann Carr, said" sets a name off after its role; "In the letter, which was handed to the judge, Doyle
// wrote" does not: that comma closes a clause, and the name opening the next is no judge.
describe('a role before a comma that closes a clause', () => {
  it('does not make the name after it the role\'s holder', () => {
    const text = [
      'Sentencing him, Judge Ann Carr said the attack was "cowardly".',
      'In the letter, which was handed to the judge, Doyle wrote: "I am sorry for everything."',
      'The judge said the case showed, "once again", that one punch can kill.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ann Carr', 'Doyle', 'Ann Carr']);
  });

  it('still reads a role set off before a name', () => {
    const text = 'The union\'s organiser, Petra Lowe, met the drivers. The organiser said pay was "the only issue".';
    assert.deepStrictEqual(speakers(text), ['Petra Lowe']);
  });
});
