import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

// Some readings walk back from a tag to the noun's earlier uses, however far ("the diplomat" to "a senior diplomat").
// Walking every item back from every tag is quadratic in a long text; this index, built once a text, visits only the
// noun's own uses.

const indexes = new WeakMap<readonly Item[], Map<string, number[]>>();

/** Where each word stands, by its normal form, in ascending order: read once a text. */
export function wordPositions(items: readonly Item[]): Map<string, number[]> {
  let found = indexes.get(items);
  if (found) return found;
  found = new Map();
  for (const [k, it] of items.entries()) {
    if (!isWord(it)) continue;
    const word = normalizeWord(it.lower);
    const list = found.get(word);
    if (list) list.push(k);
    else found.set(word, [k]);
  }
  indexes.set(items, found);
  return found;
}

/** The index in the ascending `at` of its last position before `limit`; -1 if none. */
export function lastBefore(at: readonly number[], limit: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
