import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "“The gaffer just said, ‘Go and get us a goal,’ so I did,” he said": a role inside a quotation is the one the text
// gave that role (or one of its other names) before the quotation, never the quotation's own speaker.
describe('a role phrase cueing a quotation inside a quotation', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the holder of the role, by another of its names', () => {
    const text = 'Harlow manager Rosa Lind made one change. Ben Okafor came on at half-time. "The gaffer just told me, \'Go and win it,\' so I did," he said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ben Okafor'], [1, 'Rosa Lind']]);
  });

  it('is never the speaker of the quotation around it', () => {
    const text = 'Harlow manager Rosa Lind was pleased. "The manager said, \'Play the next one,\' and we did," Lind said.\n';
    assert.notStrictEqual(speakersOf(text)[1][1], 'Rosa Lind');
  });
});
