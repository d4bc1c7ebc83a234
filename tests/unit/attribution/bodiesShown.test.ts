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

describe('bodies by their names and nouns', () => {
  it('keeps a body\'s whole name with "of" its own, not another body sharing a word of it', () => {
    const text = 'The Ohio Library Association said the vote was "dangerous." The Civil Rights Union of Ohio wrote on social media that it was "reviewing the decision."';
    assert.deepStrictEqual(speakers(text), ['The Ohio Library Association', 'the Civil Rights Union of Ohio']);
  });

  it('takes "the governing body" for a body, not the person named after it', () => {
    const text = 'The governing body said in a statement that she had given "a generation of children a school to be proud of". Her successor, Fiona Marr, said the gate greeting would stay.';
    assert.deepStrictEqual(speakers(text), ['the governing body']);
  });

  it('takes "the airline" for the name no one is shown to be that the sentence before opened on', () => {
    const text = 'Ash fell on the capital overnight. Sky Ravenna said all flights had been cancelled until Monday. "Safety is our only concern," the airline said.';
    assert.deepStrictEqual(speakers(text), ['Sky Ravenna']);
  });
});
