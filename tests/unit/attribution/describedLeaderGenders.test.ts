import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "When the gate had closed, the rider rubbed his jaw. “…”": a stranger the narration keeps describing, leading into a
// quotation after an opening clause, speaks as described, never as a named person of the other sex just shown.
describe('descriptions leading a turn after an opening clause', () => {
  it('keeps a stranger the narration makes a man from the named woman just before', () => {
    const text = [
      'The rider came up the lane at dusk, leading his mule. Ada Pike watched him from the gate.',
      '“There is bread,” said Ada.',
      '“Mind your manners, son,” said the sheriff.',
      'Ada said the boy’s name once, and he went in.',
      'When the gate had closed, the rider rubbed his jaw. “The man you want is on the night coach, Silas.”',
    ].join('\n\n');
    assert.strictEqual(speakers(text).at(-1), 'the rider');
  });
});
