import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';
import type { Item } from '../../../server/src/engine/attribution/narration';
import { lastCommaAt, sentenceEnd } from '../../../server/src/engine/attribution/sentenceEnds';

// Where each sentence ends and the last comma before each item, read once a text: a paragraph that never ends a
// sentence may hold thousands of quotations.
describe('sentenceEnds: each item’s sentence end and last comma', () => {
  // [text, sentence, paragraph]
  const items = ([
    ['Ann', 0, 0], [',', 0, 0], ['said', 0, 0], ['.', 0, 0],
    ['Yes', 1, 0], [',', 1, 0], ['he', 1, 0],
    ['No', 1, 1], ['more', 1, 1],
  ] as const).map(([text, sentence, paragraph]) => ({ kind: /\w/.test(text) ? 'word' : 'punct', text, lower: text.toLowerCase(), sentence, paragraph }) as unknown as Item);

  it('ends a sentence at its last item, and at its paragraph’s end', () => {
    assert.deepStrictEqual(items.map((_, k) => sentenceEnd(items, k)), [4, 4, 4, 4, 7, 7, 7, 9, 9]);
  });

  it('finds the last comma at or before an item, -1 where none', () => {
    assert.deepStrictEqual(items.map((_, k) => lastCommaAt(items, k)), [-1, 1, 1, 1, 1, 5, 5, 5, 5]);
    assert.strictEqual(lastCommaAt(items, -1), -1);
  });

  it('still gives the last words quoted in a long sentence, and those alone, to the clause closing it', () => {
    const days = Array.from({ length: 300 }, (_, i) => `on “day ${i}”`).join(' and ');
    const text = `Budget row\n\nThe university president, Harold Quist, spoke on Monday.\n\nThe board met ${days} and the rise was “unavoidable” after cuts, Quist has said.`;
    const found = speakers(text);
    assert.deepStrictEqual([found.length, found.pop(), found.filter((s) => s !== null)], [301, 'Harold Quist', []]);
  });
});
