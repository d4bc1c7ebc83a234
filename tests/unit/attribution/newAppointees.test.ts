import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The board appointed Rana Castell as chief executive. … the new chief executive promised “…”": "the new <role>" right
// after a sentence that appoints, names or elects someone is that person.
describe('"the new <role>" after an appointment', () => {
  it('credits the one the sentence before appointed, named or elected, active or passive', () => {
    const text = [
      'Board chair Miles Orton appointed his deputy, Rana Castell, to succeed him on Friday. Speaking to staff, the new chief executive promised “no more closed wards”.',
      '',
      'Mayor Ella Shaw said Dev Anand was chosen over Tom Bell on Tuesday. “The books will be open,” the new treasurer said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Rana Castell', 'Dev Anand']);
  });

  it('leaves the phrase when the sentence before appoints no one', () => {
    const text = 'Rana Castell met the board on Friday. Speaking to staff, the new chief executive promised “no more closed wards”.';
    assert.deepStrictEqual(speakers(text), ['the new chief executive']);
  });
});
