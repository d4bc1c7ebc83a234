import type { Item } from './narration';

// "The rider came in off the flats …", "The rider read it …", then "“Arapaho,” the rider said.": a description the
// narration itself opens its sentences with, no name beside it, is how the text calls a stranger it has not named, so
// no conversation rereads a speech clause's "the rider" as someone named. So is one the narration says an unnamed
// one was ("The taller one was Captain Lisle. The other was the doctor.").

/**
 * The first item of each "the <noun>" opening a sentence of narration, no comma after it ("The rider, Jim Hale,"
 * names him), or saying what someone unnamed was, by its noun.
 */
export function sentenceOpeningDescriptions(items: readonly Item[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let k = 0; k + 1 < items.length; k++) {
    if (items[k].lower !== 'the' || items[k + 1].kind !== 'word' || items[k + 1].sentence !== items[k].sentence || found.has(items[k + 1].lower)) continue;
    const opens = k === 0 || items[k - 1].sentence !== items[k].sentence;
    const comma = items[k + 2]?.text === ',';
    if ((opens && !comma) || introduces(items, k)) found.set(items[k + 1].lower, k);
  }
  return found;
}

/** Whether the description at item `k` closes a sentence saying what an unnamed one was: "The other was the doctor." */
function introduces(items: readonly Item[], k: number): boolean {
  const noun = items[k + 1];
  const subject = items[k - 2];
  return !noun.capital && /^(?:was|is)$/.test(items[k - 1]?.lower ?? '') && !!subject && subject.kind === 'word' && !subject.capital && subject.sentence === noun.sentence &&
    !(items[k + 2]?.kind === 'word' && items[k + 2].sentence === noun.sentence);
}
