import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A nickname before a surname ("Dusty Morrow") is the one full name with a given name and that surname (Arthur
// Morrow), unless the text shows two people: named in one sentence, relatives, a title or a sex of their own.
describe('attribution: a nickname before a surname', () => {
  it('makes "Dusty Morrow" the one Morrow with a given name', () => {
    const text = [
      'The hut belonged to Arthur Morrow and Ian Rudd, and no master knew of it.',
      'The pipe had been bought in Bideford by Dusty Morrow’s cousin.',
      '“Rats,” said Dusty Morrow, wriggling in.',
      '“Not rats,” said Rudd. “Look at the bracken.”',
      '“Then a cad,” said Dusty.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Arthur Morrow', 'Ian Rudd', 'Ian Rudd', 'Arthur Morrow']);
  });

  it('keeps two apart when one sentence names both', () => {
    const text = ['Arthur Morrow and Dusty Morrow came in from the rain together.', '“Tea,” said Dusty Morrow.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dusty Morrow']);
  });

  it('keeps a relative the text ties to the other apart', () => {
    const text = [
      'Amos Trewin kept the forge at the crossroads.',
      'Later that week his brother, Tobiah Trewin, came down from the moor.',
      '“You look thin,” said Tobiah Trewin.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobiah Trewin']);
  });

  it('keeps one of a title of her own apart', () => {
    const text = ['Martha Polglase was at the window.', 'Miss Keziah Polglase had kept the house for years.', '“Shut the door,” said Keziah Polglase.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Keziah Polglase']);
  });

  it('keeps a child apart from the parent the narration brought in with the family surname', () => {
    const text = [
      'The hall was full, and most of the guests stood between Ottoline Varga and the door.',
      'Their mother came in before either girl could speak. Rosalind Varga kissed them both and went to find a chair.',
      '“You look tired,” said Ottoline Varga.',
      '“I am tired,” said Rosalind.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ottoline Varga', 'Rosalind Varga']);
  });
});
