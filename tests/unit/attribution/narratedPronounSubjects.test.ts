import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A he/she opening a sentence of narration that carries a quotation ("He declined to discuss prices, saying only that
// they would be “fair”") is that sentence's subject as the narration reads it, the one who spoke last; such words are
// no turn of a conversation, whose alternation would hand them to the next man named.
describe('a he/she opening the sentence that carries its quotation', () => {
  it('stays the speaker the narration reads, not the next man quoted', () => {
    const text = [
      'Chief executive Anders Holm told reporters the plant would grow.',
      '“We will not run short,” Holm said in an interview. “We learned that lesson.”',
      'He declined to discuss prices, saying only that they would be “fair” and that talks had not begun.',
      'Analysts had expected less.',
      '“This is cleaner than anyone modelled,” said Priya Rao, an analyst at Hollis, who raised her forecast.',
      'The result puts the firm ahead of its rival, according to Tomas Brek, a fund manager at Nordvik Capital.',
      '“They have the market to themselves,” Brek said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anders Holm', 'Anders Holm', 'Anders Holm', 'Priya Rao', 'Tomas Brek']);
  });
});
