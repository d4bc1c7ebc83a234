import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "“Did you see Elena?” ¶ “I saw her. … She said, ‘…’”": in talk a he/she retelling someone's words goes on about the
// one the turns just before named, though only the talk, not the narration, ever names them.
describe('a he/she retelling words in talk', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the one the turn it answers named', () => {
    const text = [
      'Tom came in out of the rain, and Clara Hale put the kettle on.',
      '“Did you see Margaret?” she asked.',
      '“I saw her. She looked tired. She said, ‘Tell Clara not to worry.’”',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Clara Hale'], [0, 'Tom'], [1, 'Margaret']]);
  });

  it('reaches back over a turn or two of the same talk', () => {
    const text = [
      'Tom came in out of the rain, and Clara Hale put the kettle on.',
      '“Did you see Margaret?” she asked.',
      '“I saw her.”',
      '“And?”',
      '“And nothing. At the end, when I was going, she said, ‘Tell Clara not to worry.’”',
    ].join('\n\n') + '\n';
    assert.strictEqual(speakersOf(text).at(-1)?.[1], 'Margaret');
  });

  it('stops at narration bringing up someone of that sex since', () => {
    const text = [
      'Tom came in out of the rain, and Clara Hale put the kettle on.',
      '“Did you see Margaret?” she asked.',
      'Tom did not answer at once. Behind him the door opened, and Ruth Dyer came in with the milk and set it down.',
      '“I saw her. She said, ‘Tell Clara not to worry.’”',
    ].join('\n\n') + '\n';
    assert.notStrictEqual(speakersOf(text).at(-1)?.[1], 'Margaret');
  });
});
