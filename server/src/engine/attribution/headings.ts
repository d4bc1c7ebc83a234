import type { Item } from './narration';

// A news story opens on lines that are no sentences: a headline, a standfirst, a byline, each a short paragraph with
// no closing full stop. A headline's speech clause is cut down to fit ("Union says strike is ‘…’", "Farmers warn of
// ‘…’"): its subject is a group, a body or a bare title, where the body sets the same words out in full with the one
// who said them.

/** How many items a heading may hold. */
const HEADING_ITEMS = 60;

/** The quotations (by index) in the headings opening a text: its short paragraphs before the first that ends a sentence. */
export function openingHeadingQuotations(items: readonly Item[]): Set<number> {
  const found = new Set<number>();
  for (let start = 0; start < items.length; ) {
    let end = start;
    while (end + 1 < items.length && items[end + 1].paragraph === items[start].paragraph) end++;
    if (end - start >= HEADING_ITEMS || /[.!?…]\W*$/u.test(items[end].text)) break;
    for (let k = start; k <= end; k++) if (items[k].kind === 'quote') found.add(items[k].quote);
    start = end + 1;
  }
  return found;
}
