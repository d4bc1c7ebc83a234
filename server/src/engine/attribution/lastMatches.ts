import type { Item } from './narration';

// A sentence that never stops (a pasted transcript, a list joined by "and") may hold thousands of quotations, and a
// walk back from each to the last item of some kind (a speech verb, a clause joined by "and") would be quadratic.
// Each test is read once an item, as far into the text as anyone has asked, and each question is then one look-up.

/** Whether item `k` is one sought; a pure function of the items, so that its answer can be kept. */
export type ItemTest = (items: readonly Item[], k: number) => boolean;

interface Matches {
  /** The last item at or before each item passing the test; -1 if none. */
  readonly last: Int32Array;
  /** How far `last` is filled in; -1 before any. */
  filled: number;
}

const found = new WeakMap<readonly Item[], Map<ItemTest, Matches>>();

/** The last item at or before item `k` that passes `test`; -1 if none. */
export function lastMatch(items: readonly Item[], k: number, test: ItemTest): number {
  if (k < 0) return -1;
  let tests = found.get(items);
  if (!tests) found.set(items, (tests = new Map()));
  let matches = tests.get(test);
  if (!matches) tests.set(test, (matches = { last: new Int32Array(items.length), filled: -1 }));
  const { last } = matches;
  for (let j = matches.filled + 1; j <= k; j++) last[j] = test(items, j) ? j : j > 0 ? last[j - 1] : -1;
  matches.filled = Math.max(matches.filled, k);
  return last[k];
}
