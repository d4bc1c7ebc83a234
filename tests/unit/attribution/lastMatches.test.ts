import * as assert from 'node:assert';
import type { Item } from '../../../server/src/engine/attribution/narration';
import { lastMatch, type ItemTest } from '../../../server/src/engine/attribution/lastMatches';

// The last item of a kind at or before each item, read once a text as far as asked: a sentence that never stops may
// hold thousands of quotations, each asking.
describe('lastMatches: the last item passing a test at or before an item', () => {
  const itemsOf = (words: string) => words.split(' ').map((text) => ({ kind: 'word', text, lower: text.toLowerCase() }) as unknown as Item);
  const walkBack = (items: readonly Item[], k: number, test: ItemTest) => {
    while (k >= 0 && !test(items, k)) k--;
    return k;
  };
  const isAnd: ItemTest = (items, k) => items[k].lower === 'and';
  const isCapital: ItemTest = (items, k) => /^[A-Z]/.test(items[k].text);

  it('answers as a walk back does, whatever order the questions come in, -1 where none', () => {
    const items = itemsOf('the cat and Tom and the dog sat and Ann left');
    const order = [7, 2, 0, 10, 1, 5, 9, 3];
    assert.deepStrictEqual(order.map((k) => lastMatch(items, k, isAnd)), order.map((k) => walkBack(items, k, isAnd)));
    assert.deepStrictEqual([lastMatch(items, 1, isAnd), lastMatch(items, -1, isAnd)], [-1, -1]);
  });

  it('keeps each test’s answers and each text’s apart', () => {
    const items = itemsOf('and Tom sat and Ann left');
    const other = itemsOf('Ann and Tom left');
    assert.deepStrictEqual([lastMatch(items, 5, isAnd), lastMatch(items, 5, isCapital), lastMatch(other, 3, isAnd)], [3, 4, 1]);
  });

  it('reads each item once, however many ask', () => {
    const items = itemsOf(Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? 'and' : 'word')).join(' '));
    let reads = 0;
    const counted: ItemTest = (all, k) => (reads++, isAnd(all, k));
    for (let k = 0; k < items.length; k++) assert.strictEqual(lastMatch(items, k, counted), walkBack(items, k, isAnd));
    for (let k = items.length - 1; k >= 0; k--) lastMatch(items, k, counted);
    assert.strictEqual(reads, items.length);
  });
});
