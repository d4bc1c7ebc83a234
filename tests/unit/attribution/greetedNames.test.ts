import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Hello, Tobiah,” she said. ¶ “Hello, Mag.”": the name the answer calls a described stranger by is hers.
describe('a described stranger named by the one who answers her', () => {
  it('names the description, and its plain form earlier in the meeting', () => {
    const text = [
      'At the end of the bridge sat a woman knitting. Ilse Varrow held out her coins.',
      '“Not that,” said the woman. “Nobody pays me with that.”',
      'An old man came up the path behind them. The woman in the grey coat put down her knitting and looked up at him.',
      '“Hello, Tobiah,” she said.',
      '“Hello, Mag,” said the old man.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mag', 'Mag', 'Mag', 'the old man']);
  });

  it('takes no name the answer opens on ("Pip, sir."), nor one for a group', () => {
    const asked = ['“Once more,” said the man. “Give it mouth!”', '“Pip. Pip, sir.”'].join('\n\n');
    assert.strictEqual(speakers(asked)[0], 'the man');
    const group = ['“Poor child!” said the ladies.', '“Oh, hush, Tiny.”'].join('\n\n');
    assert.strictEqual(speakers(group)[0], 'the ladies');
  });
});
