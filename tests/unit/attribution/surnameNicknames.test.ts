import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A nickname before a surname ("Dusty Darrow") is the one full name with a given name and that surname (Arthur
// Darrow), unless the text shows two people: named in one sentence, relatives, a title or a sex of their own.
describe('attribution: a nickname before a surname', () => {
  it('makes "Dusty Darrow" the one Darrow with a given name', () => {
    const text = [
      'The hut belonged to Arthur Darrow and Ian Rudd, and no master knew of it.',
      'The pipe had been bought in Bideford by Dusty Darrow’s cousin.',
      '“Rats,” said Dusty Darrow, wriggling in.',
      '“Not rats,” said Rudd. “Look at the bracken.”',
      '“Then a cad,” said Dusty.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Arthur Darrow', 'Ian Rudd', 'Ian Rudd', 'Arthur Darrow']);
  });

  it('keeps two apart when one sentence names both', () => {
    const text = ['Arthur Darrow and Dusty Darrow came in from the rain together.', '“Tea,” said Dusty Darrow.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dusty Darrow']);
  });

  it('keeps a relative the text ties to the other apart', () => {
    const text = [
      'Amos Pascoe kept the forge at the crossroads.',
      'Later that week his brother, Tobiah Pascoe, came down from the moor.',
      '“You look thin,” said Tobiah Pascoe.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobiah Pascoe']);
  });

  it('keeps one of a title of her own apart', () => {
    const text = ['Martha Tregenna was at the window.', 'Miss Keziah Tregenna had kept the house for years.', '“Shut the door,” said Keziah Tregenna.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Keziah Tregenna']);
  });
});
