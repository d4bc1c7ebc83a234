import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A title says what its bearer is: the Reverend is the parish's clergyman, Sir a knight. A calling no one in the text
// was given ("said the vicar", "said the knight") is the last one it titled so.
describe('a calling its bearer\'s title implies', () => {
  it('is the Reverend for "the vicar" and the Sir for "the knight"', () => {
    const text = [
      'The Reverend Aubrey Hale came up the path with his hat in his hand, and Clara Pell went down to meet him.',
      '"That is not my umbrella," said the vicar.',
      '"Then whose is it?" said Clara.',
      'Sir Edric of Thornwick sat very straight on a log by the fire, and Clara watched him.',
      '"We take the pass," said the knight.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Aubrey Hale', 'Clara Pell', 'Sir Edric']);
  });

  it('gives way to the one the text gave the calling as written', () => {
    const text = [
      'The Reverend Aubrey Hale came up the path, and behind him the rector, Silas Moon, who walked with a stick.',
      '"A fine morning," said the rector.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Silas Moon']);
  });
});
