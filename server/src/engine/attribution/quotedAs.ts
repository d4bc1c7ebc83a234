import { isWord, type Item } from './narration';

// Wire copy passes on another outlet's quotation: "State media quoted the foreign ministry as saying the deal “…”",
// "Reuters cited a senior official as telling reporters …". The speaker is the one quoted, the object of "quoted",
// not the outlet that is the sentence's subject ("was quoted by state media as saying" keeps its subject).

/** Verbs that pass on someone's words with "as saying". */
const QUOTING = /^(?:quote|quotes|quoted|quoting|cite|cites|cited|citing)$/;

/** How many items the one quoted may take between "quoted" and "as" ("the foreign ministry in the capital"). */
const QUOTED_REACH = 12;

/** The item opening whoever "quoted … as" names before the speech participle at `v` ("as saying"), or -1. */
export function quotedAsObject(items: readonly Item[], v: number, floor: number): number {
  if (!items[v].lower.endsWith('ing') || items[v - 1]?.lower !== 'as') return -1;
  for (let k = v - 3; k >= floor && k >= v - 2 - QUOTED_REACH; k--) {
    // "quoted Drovia’s defence minister, Anselm Kravic, as saying": the one quoted may have a name in apposition.
    if ((!isWord(items[k]) && items[k].text !== ',') || items[k].sentence !== items[v].sentence) return -1;
    if (QUOTING.test(items[k].lower)) return items[k + 1].lower === 'by' ? -1 : k + 1;
  }
  return -1;
}
