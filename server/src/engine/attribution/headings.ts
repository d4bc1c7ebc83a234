import type { Item } from './narration';

// A news story opens on lines that are no sentences: a headline, a standfirst, a byline, each a short paragraph with
// no closing full stop. A headline's speech clause is cut down to fit ("Union says strike is ‘…’", "Farmers warn of
// ‘…’"): its subject is a group, a body or a bare title, where the body sets the same words out in full with the one
// who said them. A subheading quoting words of the body is set off so too.

/** How many items a heading may hold. */
const HEADING_ITEMS = 60;

const endsSentence = (it: Item) => /[.!?…]\W*$/u.test(it.text);

/**
 * The paragraph the story's body opens with: the first after its headings (short paragraphs that end no sentence: a
 * headline, a standfirst, a byline), the text's first when it has none.
 */
export function bodyOpening(items: readonly Item[]): number {
  let found = bodyOpenings.get(items);
  if (found === undefined) bodyOpenings.set(items, (found = firstBodyParagraph(items)));
  return found;
}

/** Whether item `i` stands in the story's opening headings, before its body. */
export const inHeading = (items: readonly Item[], i: number): boolean => items[i].paragraph < bodyOpening(items);

/** Asked once per role phrase: a text of short lines with no full stop would otherwise be walked whole each time. */
const bodyOpenings = new WeakMap<readonly Item[], number>();

function firstBodyParagraph(items: readonly Item[]): number {
  for (const [start, end] of paragraphSpans(items)) if (!mayBeHeading(items, start, end)) return items[start].paragraph;
  return items[0]?.paragraph ?? 0;
}

/** Each paragraph's first and last item, in order. */
function* paragraphSpans(items: readonly Item[]): Generator<[number, number]> {
  for (let start = 0; start < items.length; ) {
    let end = start;
    while (end + 1 < items.length && items[end + 1].paragraph === items[start].paragraph) end++;
    yield [start, end];
    start = end + 1;
  }
}

/** Whether the paragraph [start, end] is short and ends no sentence, as a heading is. */
const mayBeHeading = (items: readonly Item[], start: number, end: number) => end - start < HEADING_ITEMS && !endsSentence(items[end]);

/**
 * The quotations (by index) in a text's headings: its short paragraphs before the first that ends a sentence, and a
 * subheading further on, a quotation standing alone as its paragraph with no sentence's end ("‘Nothing left to give’").
 */
export function headingQuotations(items: readonly Item[]): Set<number> {
  const found = new Set<number>();
  let opening = true;
  for (const [start, end] of paragraphSpans(items)) {
    if (!mayBeHeading(items, start, end)) opening = false;
    if (opening) for (let k = start; k <= end; k++) if (items[k].kind === 'quote') found.add(items[k].quote);
    if (!opening && start === end && items[start].kind === 'quote' && !endsSentence(items[start])) found.add(items[start].quote);
  }
  return found;
}
