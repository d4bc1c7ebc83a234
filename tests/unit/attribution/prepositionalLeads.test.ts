import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "With Teddy there is always the rest of it.": one a preposition brings into the narration's last sentence is not
// whom it is about, so not who speaks next.
describe('a name after a preposition in the narration before a turn', () => {
  it('does not lead into the turn', () => {
    const text = [
      'Nora Lane and Peter Cole sat in the kitchen after closing.',
      '"We are done," said Peter. "End of the month."',
      'Nora put down her cup. With Peter there was always more to come.',
      '"The landlord?"',
      '"The landlord, the bank, my sister."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Peter Cole', 'Peter Cole', 'Nora Lane', 'Peter Cole']);
  });

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
