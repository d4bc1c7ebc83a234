import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An interview feature quotes its writer only asking ("“…?” I ask."): a paragraph of quotation alone after the
// answer, asking nothing, is the one interviewed going on, not the writer's turn come round again.
describe('a bylined writer who only asks', () => {
  const opening = [
    'The keeper of Rathlin',
    'By Nora Quill',
    'Declan Furey has kept the east light on Rathlin for thirty years.',
    '"What keeps you here?" I ask.',
    'He looks at the sea for a long time. "Habit, first. Then the birds. Then the quiet, which you only notice when it goes."',
  ];

  it('gives a statement after the answer to the one answering', () => {
    const text = [...opening, '"The first winter I nearly left. By the second I could not imagine the mainland."'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Nora Quill', 'Declan Furey', 'Declan Furey']);
  });

  it('still gives the writer a question of their own', () => {
    const text = [...opening, '"And now?" I ask.', '"Now I count the puffins," he says.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Nora Quill', 'Declan Furey', 'Nora Quill', 'Declan Furey']);
  });
});
