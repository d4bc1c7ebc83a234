import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Parents have demanded a meeting after inspectors rated the school “inadequate”": a subordinator opens a clause
// with a subject of its own, and a bare group right before the verb is it, not the sentence's subject.
describe('a group opening a subordinate clause', () => {
  it('credits the verdict to the group after the subordinator', () => {
    const text = 'Mayor Ruth Dale opened the meeting. Residents are angry after assessors judged the bridge "unsafe for heavy traffic" last week.';
    assert.deepStrictEqual(speakers(text), ['assessors']);
  });
});
