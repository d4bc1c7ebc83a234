import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "The men on her first ship, she says, gave her a month. “One of them told me, ‘…’”": one of a group, speaking, is a
// member of the group the words before made a subject, described as the text describes the group.
describe('"One of them told me" inside a quotation', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is one of the group the narration before made a subject, in full', () => {
    const text = 'Ada Okon went to sea at 18. The men on her first ship, she says, gave her a month. “One of them told me, ‘Hen, you’ll be gone by Christmas.’ I stayed,” she says.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Okon'], [1, 'one of the men on her first ship']]);
  });

  it('is one of the group the quotation’s own words made a subject', () => {
    const text = 'Ada Okon went to sea at 18. “The sailors gave me a month. One of them told me, ‘Hen, you’ll be gone by Christmas.’ I stayed,” she says.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Okon'], [1, 'one of the sailors']]);
  });
});
