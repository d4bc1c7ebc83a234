import * as assert from 'node:assert';
import { namesTurnedTo } from '../../../server/src/engine/attribution/dialogue';
import { speakers } from '../../helpers/attributionText';

// "“Barnaby.”": a turn that is a name alone calls that person, who is in the scene; a he after it may be the one called.
// "“Who’s Marjorie?”" and "“Marjorie’s.”" speak of the one named and call no one.
describe('a turn that is a name alone', () => {
  it('makes the one called the he of the narration after it', () => {
    const text = [
      'Tom and Jack came into the kitchen. Jack sat down at the table and he opened the paper. Tom went to the door.',
      '“I’m off to the station,” Tom said.',
      'Mary looked up from her cup. “Jack.”',
      'He lowered the paper slowly. “What?”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom', 'Mary', 'Jack']);
  });

  it('calls no one when it asks who someone is or names them in the possessive', () => {
    assert.deepStrictEqual(namesTurnedTo('Who’s Marjorie?', false), []);
    assert.deepStrictEqual(namesTurnedTo('Marjorie’s.', false), []);
    assert.deepStrictEqual(namesTurnedTo('Marjorie?', false), ['Marjorie']);
  });
});
