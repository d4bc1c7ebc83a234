import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The narration before an uncued turn leads into it through whom it is about, not whom it names after a preposition.
describe('a name after a preposition in the narration before an uncued turn', () => {
  it('does not lead into the turn: "With Anna there was always a long silence."', () => {
    const text = [
      'Anna Holt and Ben Carr sat at the kitchen table.',
      '"Pass the salt," said Anna Holt.',
      '"Do you want the pepper too?" said Ben Carr.',
      '"No."',
      'Nobody spoke for a while. With Anna there was always a long silence.',
      '"Here you are."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anna Holt', 'Ben Carr', 'Anna Holt', 'Ben Carr']);
  });
});
