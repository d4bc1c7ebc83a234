import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// What shows a name to be a body's, and where a body's words are: its name in apposition whole, its verb before a
// reported clause's, a source "according to", its staff in the plural.
describe('bodies the text shows', () => {
  it('keeps a body\'s name with "for" whole in apposition to "the regulator"', () => {
    const text = 'The regulator, the Office for Rail Standards, said it was "watching closely".';
    assert.deepStrictEqual(speakers(text), ['the Office for Rail Standards']);
  });

  it('reads the body\'s own verb, not one its reported clause says will happen', () => {
    const text = 'Trains ran again by noon, but the company warned that delays would continue because crews were "in the wrong depots."';
    assert.deepStrictEqual(speakers(text), ['the company']);
  });

  it('takes a source of several words "according to" for a body that "the company" is', () => {
    const text = 'According to Harrowgate Promotions, the concert drew 12,000 people. In a statement, the company described the night as "the best in our history."';
    assert.deepStrictEqual(speakers(text), ['Harrowgate Promotions']);
  });

  it('takes a name before its staff in the plural for a firm, which no "he" refers to', () => {
    const text = 'The chief engineer, Ross Kerr, had raised the fault. In an email to Dunmore Ferries managers six weeks before the crash, read to the court, he wrote: "Somebody is going to get hurt."';
    assert.deepStrictEqual(speakers(text), ['Ross Kerr']);
  });
});
