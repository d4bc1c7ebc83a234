import type { Item } from './narration';

// A paragraph that never ends a sentence (thousands of heading lines a plain text runs together, a pasted list) may
// hold thousands of quotations; walking from each to its sentence's end, or back from there to a comma, would be
// quadratic. Both are read once a text.

interface Ends {
  /** One past the last item of each item's sentence within its paragraph. */
  readonly end: Int32Array;
  /** The last comma at or before each item; -1 if none. */
  readonly comma: Int32Array;
}

const found = new WeakMap<readonly Item[], Ends>();

function endsOf(items: readonly Item[]): Ends {
  let ends = found.get(items);
  if (!ends) {
    const end = new Int32Array(items.length);
    for (let k = items.length - 1; k >= 0; k--) {
      const next = items[k + 1];
      end[k] = next && next.sentence === items[k].sentence && next.paragraph === items[k].paragraph ? end[k + 1] : k + 1;
    }
    const comma = new Int32Array(items.length);
    for (let k = 0; k < items.length; k++) comma[k] = items[k].text === ',' ? k : k > 0 ? comma[k - 1] : -1;
    found.set(items, (ends = { end, comma }));
  }
  return ends;
}

/** One past the last item of the sentence holding item `i`, not past its paragraph. */
export const sentenceEnd = (items: readonly Item[], i: number): number => endsOf(items).end[i];

/** The last comma at or before item `i`; -1 if none. */
export const lastCommaAt = (items: readonly Item[], i: number): number => (i < 0 ? -1 : endsOf(items).comma[i]);
