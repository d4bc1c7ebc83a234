import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A quotation in a sentence whose own subject is a body or a group of people ("The union called the deal “…”",
// "Analysts at Kell Partners called it “…”") is theirs, not the person an earlier clause of the paragraph named: a
// person's name says nothing of what "the union" is, and analysts are several people, not one.
describe('a body or a group after a person quoted in the same paragraph', () => {
  it('gives a body its own words', () => {
    const text = '"The offer is too low," Tom Reese wrote in a note. The union called the deal "a betrayal of the workforce."';
    assert.deepStrictEqual(speakers(text), ['Tom Reese', 'the union']);
  });

  it('gives a group of analysts its own words, also after a quotation closed by its own full stop', () => {
    const text = '"The offer is too low," Tom Reese wrote in a note. "We expect a higher bid." Analysts at Kell Partners called the deal "fair but dull."';
    const got = speakers(text);
    assert.deepStrictEqual(got.slice(0, 2), ['Tom Reese', 'Tom Reese']);
    assert.match(got[2] ?? '', /^analysts/i);
  });
});
