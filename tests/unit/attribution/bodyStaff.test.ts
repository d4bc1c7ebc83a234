import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the union official", "the council spokeswoman": a role phrase qualified by a body's noun is the one person the text
// brought in as that body's ("the union's district organiser, Mary Flett,"), not whoever was named last.
describe('a body\'s people by its noun', () => {
  const text = [
    'At the depot gates, the union\'s district organiser, Mary Flett, said drivers were angry. "We are not going anywhere," Flett said.',
    'Peter Lomax, the operator\'s managing director, said the offer was fair. "It is generous," Lomax said.',
    'On the radio that evening, the two clashed. "Drivers have had no rise in years," the union official said.',
  ].join('\n\n');

  it('takes "the union official" for the one introduced as the union\'s', () => {
    assert.strictEqual(speakers(text)[2], 'Mary Flett');
  });
});
