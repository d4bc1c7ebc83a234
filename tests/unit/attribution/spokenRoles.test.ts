import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” said the shepherd": a calling the lexicon does not list is a role in a text whose speech clauses make it a
// speaker, so a name given it in apposition, or with no comma after an inverted speech verb, is the one it means.
describe('callings the speech clauses make roles', () => {
  it('gives the calling of an inverted clause with no comma to the name it follows', () => {
    const text = [
      'Old Amos Tull sat by the door, where the draught could reach him.',
      '',
      '"It was a better supper once," he said.',
      '',
      '"It was the same supper, Amos," said Walter Pell the drover. "The same beef."',
      '',
      '"There is no sense in you," said Amos.',
      '',
      '"Which supper?" said the drover.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Amos Tull', 'Walter Pell', 'Walter Pell', 'Amos Tull', 'Walter Pell']);
  });

  it('gives the calling of an appositive to its name, not to the last man named', () => {
    const text = [
      '"Fine ale," said Sir Hugh. "Marlow, fine ale."',
      '',
      '"It is the house\'s own, Sir Hugh," said Mr. Edwin Marlow, the cooper, who sat beyond.',
      '',
      'Sir Hugh laughed at this, and so did Mr. Tench.',
      '',
      '"Is it so?" said the cooper.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Sir Hugh', 'Sir Hugh', 'Edwin Marlow', 'Edwin Marlow']);
  });

  it('leaves a calling no name was given as the description', () => {
    const text = 'Mr. Edwin Marlow came in out of the rain.\n\n"Is it so?" said the cooper.';
    assert.deepStrictEqual(speakers(text), ['the cooper']);
  });
});
