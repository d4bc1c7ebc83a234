import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Sports news calls a player capped by their country "the Ghana international": a person, whose clause tags the
// quotation, and whom the station after "told" heard.
describe('"the Ghana international told Rovers TV"', () => {
  it('reads the phrase as the clause\'s subject and gives it to the player just quoted', () => {
    const text = [
      'Kofi Mensah scored twice on Saturday.',
      'Mensah himself described the goals as “a relief”.',
      '“It has been a hard few months,” the Ghana international told Rovers TV.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kofi Mensah', 'Kofi Mensah']);
  });

  it('leaves the station the player told out of it', () => {
    const text = 'Kofi Mensah scored twice.\n\n“It has been hard,” the Ghana international told Rovers TV.';
    assert.notStrictEqual(speakers(text)[0], 'Rovers TV');
  });
});
