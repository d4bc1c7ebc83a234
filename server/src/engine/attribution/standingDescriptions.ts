import { IRREGULAR_PAST } from './lexicon';
import type { Item } from './narration';

// "The rider came in off the flats …", "The rider read it …", then "“Arapaho,” the rider said.": a description the
// narration itself opens its sentences with, no name beside it, is how the text calls a stranger it has not named, so
// no conversation rereads a speech clause's "the rider" as someone named. So is one the narration says an unnamed
// one was ("The taller one was Captain Lisle. The other was the doctor."), or brings on as a verb's object and tells
// of at once ("announced the sexton, who was wheeling a barrow").

/**
 * The first item of each "the <noun>" opening a sentence of narration, no comma after it ("The rider, Jim Hale,"
 * names him), bringing a stranger on, or saying what someone unnamed was, by its noun.
 */
export function sentenceOpeningDescriptions(items: readonly Item[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let k = 0; k + 1 < items.length; k++) {
    if (items[k].lower !== 'the' || items[k + 1].kind !== 'word' || items[k + 1].sentence !== items[k].sentence || found.has(items[k + 1].lower)) continue;
    const opens = k === 0 || items[k - 1].sentence !== items[k].sentence;
    const comma = items[k + 2]?.text === ',';
    if ((opens && !comma) || bringsOn(items, k) || introduces(items, k)) found.set(items[k + 1].lower, k);
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

/**
 * Whether "the <noun>" at item `k` is a verb's object the narration goes on to tell of by the description alone, and
 * so brings a stranger on: "announced the sexton, who was wheeling a barrow" ("At this point the butler, who …" may
 * be one named before).
 */
export function bringsOn(items: readonly Item[], k: number): boolean {
  const verb = items[k - 1];
  const past = verb?.kind === 'word' && !verb.capital && verb.sentence === items[k].sentence && (/ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower));
  return past && items[k].lower === 'the' && items[k + 1]?.kind === 'word' && !items[k + 1].capital && items[k + 2]?.text === ',' && /^(?:who|whose)$/.test(items[k + 3]?.lower ?? '');
}
