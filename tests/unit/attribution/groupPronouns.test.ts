import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A they or an it tagging a quotation is the last group or body its paragraph made a sentence's subject, also past an
// opening phrase ("In a statement issued on Monday, it said"), and a body written by its initials ("The FRB").
describe('a they or an it cue for a group or a body', () => {
  it('reads a they as the family a sentence before made its subject, as written', () => {
    const text = 'Officers named the victim on Monday. Carver\'s family described him as "a kind lad." In a statement released through the police, they said: "Our hearts are broken."';
    assert.deepStrictEqual(speakers(text).slice(1), ["Carver's family"]);
  });

  it('reads a they as a plural of people the paragraph made a subject', () => {
    const text = 'The Riverside Tenants Association met on Monday. Its members voted to strike. "We will not pay," they said.';
    assert.deepStrictEqual(speakers(text), ['its members']);
  });

  it('does not reach past a person the paragraph made a subject since (a singular they)', () => {
    const text = 'The tenants\' union met on Monday. Sam Ford spoke after the vote. "We will go on," they said.';
    assert.notStrictEqual(speakers(text)[0], "the tenants' union");
  });

  it('reads an it after an opening phrase as the body a sentence before opens on, by its initials', () => {
    const text = [
      'The Fenwick Racing Board (FRB) opened a hearing into the rider.',
      'The FRB declined to comment while proceedings were ongoing. In a statement issued when the charge was announced, it said it would "always pursue cases".',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the Fenwick Racing Board']);
  });

  it('keeps an it set off by commas from the body: "Two of them, it found, were “…”" speaks of one before', () => {
    const text = 'The review looked at forty complaints. Two of them, it found, had been "closed too early."';
    assert.deepStrictEqual(speakers(text), ['the review']);
  });
});
