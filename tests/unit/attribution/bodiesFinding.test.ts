import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A tribunal, panel or inquiry speaks through what it finds: "the panel found that …", and, set off by commas inside
// the sentence it reports, "Two of the claims, it found, had been “…”" (the it speaks, not the sentence's subject).
describe('a body finding', () => {
  it('gives words under a parenthetical "it found" to the body the it refers to', () => {
    const text = 'The tribunal heard four days of evidence. Two of the complaints, it found, had been "invented after the event" by her manager.';
    assert.deepStrictEqual(speakers(text), ['the tribunal']);
  });

  it('reads a panel as a body that finds', () => {
    const text = 'The disciplinary panel met in private. The panel found that the school had "ignored every warning" about the roof.';
    assert.deepStrictEqual(speakers(text), ['the panel']);
  });
});
