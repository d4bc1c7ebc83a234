import type { Item } from './narration';

// "The rider came in off the flats …", "The rider read it …", then "“Arapaho,” the rider said.": a description the
// narration itself opens its sentences with, no name beside it, is how the text calls a stranger it has not named, so
// no conversation rereads a speech clause's "the rider" as someone named.

/**
 * The first item of each "the <noun>" opening a sentence of narration, no comma after it ("The rider, Jim Hale,"
 * names him), by its noun.
 */
export function sentenceOpeningDescriptions(items: readonly Item[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let k = 0; k + 1 < items.length; k++) {
    const opens = k === 0 || items[k - 1].sentence !== items[k].sentence;
    if (!opens || items[k].lower !== 'the' || items[k + 1].kind !== 'word' || items[k + 1].sentence !== items[k].sentence) continue;
    if (items[k + 2]?.text === ',' || found.has(items[k + 1].lower)) continue;
    found.set(items[k + 1].lower, k);
  }
  return found;
}
