import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A first-time voter, 18-year-old Lena Ruud, said …": a subject described, then named in an appositive that opens
// with an age or a role in lower case; the he/she after it is the named person's.
describe('a described subject named in an appositive with an age or a role', () => {
  it('takes the name after an age or a lower-case role for the subject a pronoun goes on with', () => {
    const text = [
      'A regular at the market, 67-year-old Piet Hanlon, said prices had doubled. "I buy half what I used to," he said.',
      '',
      'One parent, retired nurse Carys Bevan, said the bus had been late all week. "Nobody tells us anything," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Piet Hanlon', 'Carys Bevan']);
  });

  it('keeps the description when the appositive holds no name, or words that are no role before one', () => {
    const text = [
      'A shopper, the last in the queue, said she had waited an hour. "It is always like this," she said.',
      '',
      'A driver, stuck behind Morrow Street, said he had given up. "I will walk," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a shopper', 'a driver']);
  });
});
