import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Minutes of the meeting record her asking “…”", "neighbours heard him shouting “…”": an object pronoun right before
// the speech verb is that verb's subject, read as the pronoun it is (not as a person noun ending in "-er").
describe('an object pronoun as the subject of a participle', () => {
  it('resolves "her" or "him" before the speech verb to the person it refers to', () => {
    const text = [
      'Treasurer Agnes Morrow said she had raised the invoices twice. The minutes of a board meeting record her asking “who approved these payments.”',
      '',
      'Caretaker Bill Ashdown said he had locked the gates. A neighbour heard him shouting “stay back” at the crowd.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Agnes Morrow', 'Bill Ashdown']);
  });

  it('leaves a pronoun after a preposition to the other rules', () => {
    const text = '“The last thing I said to her leaving was “drive safely”,” said Tom Ferrar.';
    assert.notStrictEqual(speakers(text)[0], 'her');
  });
});
