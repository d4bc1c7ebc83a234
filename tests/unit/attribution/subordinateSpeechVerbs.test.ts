import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A speech verb in a subordinate clause after the quotation's own subject and verb is someone else's.
describe('a speech verb in a subordinate clause after the quotation\'s own subject and verb', () => {
  it('is not the quotation\'s clause: "“…,” he translated, when I asked him"', () => {
    const text = [
      'Walter Brandon came back from the church at noon, and I went out to meet him.',
      '"He who writes sits," he translated, when I asked him. "It is a very old rhyme."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Brandon', 'Walter Brandon']);
  });
});
