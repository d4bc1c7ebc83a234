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

// "The council said in its report that insurers should be required to state cover “…”": a written verb in the passive
// ("be required") is part of what the body says, not the verb that reports it; "said" still does.
describe('a passive written verb inside what a body reports', () => {
  it('gives the words to the subject of the reporting verb before it', () => {
    const text = 'The Farm Risk Council met on Monday. The council said in its report that insurers should be required to state drought cover "in plain words on the first page".';
    assert.deepStrictEqual(speakers(text), ['the Farm Risk Council']);
  });
});
