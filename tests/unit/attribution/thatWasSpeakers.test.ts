import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…” That was one senior player, speaking privately": news may name or describe the speaker after the words.
describe('"That was <someone>" after a quotation with no clause', () => {
  it('credits someone described, in full', () => {
    const text = 'The board promised a review. Not everyone was convinced. "We have heard that before." That was one senior player, speaking privately.';
    assert.deepStrictEqual(speakers(text), ['one senior player']);
  });

  it('credits no one when what follows "That was" is no person', () => {
    const text = 'Jo Hart was fined. "They have said that before," Hart said. "Never again." That was a mistake, the panel found.';
    assert.deepStrictEqual(speakers(text), ['Jo Hart', 'Jo Hart']);
  });

  it('leaves "That is how Ruth Amadi describes it" to other readings (the name is in a clause of its own)', () => {
    const text = 'Ana Ruiz spoke first. "It was a beautiful thing," she said. "It was." That is how Tom Hale describes the morning.';
    assert.deepStrictEqual(speakers(text), ['Ana Ruiz', 'Ana Ruiz']);
  });
});
