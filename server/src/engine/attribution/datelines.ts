import type { Item } from './narration';

/** A dash after a dateline: "BRENNOCK —", "OSLO, Norway -". */
const DASH = /^(?:—|–|-|--)$/;
/** How many words a dateline may hold ("PORT OF SPAIN, Trinidad"). */
const MAX_WORDS = 5;

/** A word in capitals long enough to be a place's (not "I" or "A"). */
const isUpper = (it: Item) => it.kind === 'word' && it.text.length > 2 && /\p{Lu}/u.test(it.text) && it.text === it.text.toUpperCase();

/**
 * The item after a dateline opening paragraph-start item `first` ("BRENNOCK — The council …" → "The"), or `first`
 * itself. A dateline is a word in capitals (perhaps followed by a comma and a region) and a dash: a place, no one's name.
 */
export function afterDateline(items: readonly Item[], first: number): number {
  if (!items[first] || !isUpper(items[first]) || (first > 0 && items[first - 1].paragraph === items[first].paragraph)) return first;
  // Words counted, not commas: "ABOARD RV HALCYON, North Atlantic —".
  let words = 1;
  for (let k = first + 1; items[k] && items[k].paragraph === items[first].paragraph; k++) {
    if (DASH.test(items[k].text)) return k + 1;
    if (items[k].kind === 'quote' || (items[k].kind === 'word' && ++words > MAX_WORDS)) return first;
  }
  return first;
}

/** Items with the words of every paragraph's dateline no longer capitalised, so nothing reads them as a name. */
export function uncapitaliseDatelines(items: Item[]): Item[] {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && items[i - 1].paragraph === items[i].paragraph) continue;
    const end = afterDateline(items, i);
    for (let k = i; k < end; k++) if (items[k].capital) items[k] = { ...items[k], capital: false };
  }
  return items;
}
