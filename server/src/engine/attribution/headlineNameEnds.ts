import { bare, bodyCapitals } from './bodyCapitals';
import { bodyOpening } from './headings';
import { FUNCTION_WORDS } from './lexicon';
import { isTitleWord } from './names';
import { isWord, type Item } from './narration';

// A headline set in title case capitalises every word but the small ones, so the verb, noun or adverb after a name
// reads as more of it: "…, Quillfeather-Obi Urges Patience", "Quillfeather-Obi Snubs Harwick Again". The body, in
// ordinary case, capitalises the names alone: a heading's word it never writes with a capital is no name's.

/**
 * The last item of the name run `first`…`last` as a title-case heading's name ends: before its first word after
 * `first` that the story's body never writes capitalised (a title, "Governor", is left to the run).
 */
export function headlineNameEnd(items: readonly Item[], first: number, last: number): number {
  if (first >= last || items[first].paragraph >= bodyOpening(items) || !titleCase(items, items[first].paragraph)) return last;
  const named = bodyCapitals(items).bare;
  for (let k = first + 1; k <= last; k++) if (isWord(items[k]) && !named.has(bare(items[k].text)) && !isTitleWord(items[k].text)) return k - 1;
  return last;
}

/**
 * Whether paragraph `p` is a title-case headline: its words in lower case are all small function words ("for", "a",
 * "over"), and it is no byline.
 * Only that paragraph's items are read: a text of thousands of heading lines stays linear.
 */
function titleCase(items: readonly Item[], p: number): boolean {
  let k = firstItemOf(items, p);
  // "By Tomas Reile": a byline's capitals are its writers' names, whatever the body writes.
  if (items[k]?.paragraph === p && items[k].lower === 'by') return false;
  let capitals = 0;
  for (; k < items.length && items[k].paragraph === p; k++) {
    const it = items[k];
    if (!isWord(it) || !/\p{L}/u.test(it.text)) continue;
    if (it.capital) capitals++;
    else if (!FUNCTION_WORDS.has(it.lower)) return false;
  }
  return capitals >= 3;
}

/** The first item of paragraph `p`, items being in text order. */
function firstItemOf(items: readonly Item[], p: number): number {
  let lo = 0;
  for (let hi = items.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (items[mid].paragraph < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
