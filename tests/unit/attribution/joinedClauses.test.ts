import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A speech verb joined by "and" speaks for the subject of the clause it ends, which may be a later clause than the
// sentence's first.
describe('a speech verb ending a clause joined by "and"', () => {
  it('speaks for the subject opening the last clause that has one', () => {
    const text = [
      'Mr. Fenwick held his sentence suspended while the newcomer sat down, and Mrs. Ashby joined its severed parts by leaning towards him and remarking:',
      '"Now, what would you do if you lived in Leeds, Mr. Denholm?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Ashby']);
  });

  it('passes over a clause with no subject of its own', () => {
    const text = ['Mrs. Ashby reached out her hand and felt Tom\'s shirt, and said:', '"But you are not too warm now."'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Ashby']);
  });
});
