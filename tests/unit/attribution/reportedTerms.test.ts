import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A term after its article ("a “mirror response”") is a body's words when a speech verb of its sentence reports it,
// as it is a person's; with no such verb it stays the narration's term.
describe('reportedTerms: a term in words a body’s speech verb reports is the body’s', () => {
  const story = (sentence: string) => ['Row deepens', '', `Late on Friday, the Foreign Ministry of Osterland expelled two diplomats. ${sentence}`].join('\n');

  it('gives the reported term to the body', () => {
    assert.deepStrictEqual(speakers(story('The ministry said that the expulsions were a “mirror response”.')), ['the Foreign Ministry of Osterland']);
  });

  it('leaves a term no speech verb reports to no one', () => {
    assert.deepStrictEqual(speakers(story('The expulsions were a “mirror response” to the closure of its consulate.')), [null]);
  });
});
