import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The room was their father's. Harold Brown sat up against the pillows.": a relative the narration speaks of, then
// a full name brought in as the next sentence's subject, is that relative; "Dad" in the dialogue is that person.
describe('attribution: a relative named as the text brings them in', () => {
  it('takes the name after "their father’s" for the father whom "Dad" addresses', () => {
    const text = [
      'Tom Pike set the flowers down, because the room was their father’s. Harold Brown sat up against the pillows.',
      '“Hello, Dad.”',
      '“You came.”',
      '“Of course I came,” said Tom.',
      '“The nurse is late,” their father said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Pike', 'Harold Brown', 'Tom Pike', 'Harold Brown']);
  });

  it('takes the name a clause opening the next sentence brings in for the relative, whom "his father said" then means', () => {
    const text = [
      'Sunday dinner at the Mendozas’ was at five. Ben Mendoza sat down between his sisters.',
      '“You are late,” said Aunt Rosa.',
      'His father put the fork down. When Carlos Mendoza had first come over, he had worked eleven months without a day off.',
      '“Eat,” his father said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-1), ['Carlos Mendoza']);
  });

  it('reads "his father" as the father so introduced, not a titled man met before, when the owner has no tie recorded', () => {
    const text = [
      'Dinner at the Mendozas’ was at five. Ben came down late. Next door, Mr. Fennimore ran his sprinkler on a timer.',
      '“You are late,” said Aunt Rosa.',
      'Ben said he was sorry. His father looked up from the fish and put the fork down. When Carlos Mendoza had first come over, he had worked eleven months without a day off.',
      'Ben laughed.',
      '“Rosa,” his father said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-1), ['Carlos Mendoza']);
  });

  it('leaves a name brought in later, not at the next sentence, to be someone else', () => {
    const text = [
      'Tom Pike set the flowers down, because the room was their father’s. The window was open. Harold Brown came in with the tea.',
      '“Hello, Dad.”',
      '“You came.”',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Harold Brown');
  });

  it('takes the name a copula joins to a kin phrase for that relative, either way round', () => {
    for (const said of ['Ruth Kessling was their mother', 'Their mother was Ruth Kessling']) {
      const text = [
        `Nora Pike and Declan Pike came in. ${said}, and she had been ill for a year.`,
        'Nora sat down.',
        '“Nobody, Mom.”',
        '“Do not nobody me.”',
        '“I am tired,” their mother said.',
      ].join('\n\n');
      assert.deepStrictEqual(speakers(text).slice(1), ['Ruth Kessling', 'Ruth Kessling']);
    }
  });

  it('takes no one whose kin noun owns another ("her father’s friend") for the relative', () => {
    const text = ['Tom Pike was her father’s friend, and he came every Sunday.', '“Hello, Dad.”', '“You came.”'];
    assert.notStrictEqual(speakers(text.join('\n\n'))[1], 'Tom Pike');
  });
});
