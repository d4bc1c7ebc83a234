import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News gives an age after a name in words too ("Rita Moss, who is 71,", "Alan Reid, aged 58,"); "the 71-year-old"
// later is that person, as after "Rita Moss, 71,".
describe('an age given in words after a name', () => {
  it('makes "the N-year-old" that person', () => {
    const text = [
      'Rita Moss, who is 71, has lived in the village all her life. Her neighbours left years ago. "I have never seen water like it," the 71-year-old said.',
      'Alan Reid, aged 58, farms the land below. The river took his barn. "It was gone in minutes," the 58-year-old said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rita Moss', 'Alan Reid']);
  });
});
