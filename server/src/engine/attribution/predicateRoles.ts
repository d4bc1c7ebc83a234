import { isDemonym } from './demonyms';
import { FUNCTION_WORDS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

// "Adam Hurst became chief executive in the summer", "Rosa Delgado is head coach": a role given after a name by a
// verb of being or becoming names that person by it as an appositive would ("the chief executive said" is Vance); so
// does a post held "as" it ("Halloran, 61, who served four years as home secretary": the former home secretary), and
// one a relative clause or a perfect gives ("Thomas Entwistle, who was chairman", "Desmond Ackroyd had been clerk to
// the council").

const BECOMING = /^(?:became|becomes|become|remains|remained|is|was|been)$/;
/** The auxiliary of a perfect before "been" ("had been clerk"). */
const PERFECT = /^(?:has|had|have)$/;
/** How many words a predicate's role may take ("became interim head coach"). */
const ROLE_WORDS = 4;

/**
 * The role words of a predicate right after the name ending at item `last` ("became chief executive"), ending at its
 * last role noun; none when no role noun ends the run of lower-case words, or a possessive or a name stands in it.
 */
export function predicateRoles(items: readonly Item[], last: number, isRoleNoun: (lower: string) => boolean): string[] {
  const kept = keptPlace(items, last);
  if (kept) return [kept];
  const served = servedAs(items, last);
  if (served) return served.past ? ['former', ...roleWords(items, served.at, last, isRoleNoun)] : roleWords(items, served.at, last, isRoleNoun);
  let k = last + 1;
  if (items[k]?.text === ',' && items[k + 1]?.lower === 'who') k += 2;
  const perfect = isWord(items[k]) && PERFECT.test(items[k].lower) && items[k + 1]?.lower === 'been';
  if (perfect) k++;
  if (!isWord(items[k]) || !BECOMING.test(items[k].lower) || (items[k].lower === 'been' && !perfect)) return [];
  return roleWords(items, k + 1, last, isRoleNoun);
}

/** Verbs of holding a post "as" it: "served as", "worked as", "was appointed as". */
const SERVING = /^(?:served|serves|serving|worked|works|acted|acts)$/;
/** How many words may stand between the verb and "as" ("served four years as", "served briefly as"). */
const SERVING_GAP = 3;

/**
 * "Halloran, 61, who served four years as home secretary", "Voss served as chief financial officer": the item after
 * "as", and whether the post is a past one (a past verb: "the former home secretary" is then theirs).
 */
function servedAs(items: readonly Item[], last: number): { at: number; past: boolean } | null {
  let k = last + 1;
  // Past an age in apposition and the "who" of a relative clause.
  if (items[k]?.text === ',' && /^\d{1,3}$/.test(items[k + 1]?.text ?? '') && items[k + 2]?.text === ',') k += 2;
  if (items[k]?.text === ',' && items[k + 1]?.lower === 'who') k += 2;
  if (!isWord(items[k]) || !SERVING.test(items[k].lower) || items[k].sentence !== items[last].sentence) return null;
  for (let j = k + 1; j <= k + 1 + SERVING_GAP && isWord(items[j]) && items[j].sentence === items[last].sentence; j++) {
    if (items[j].lower === 'as') return { at: j + 1, past: /ed$/.test(items[k].lower) };
  }
  return null;
}

/** The role words from item `k` ("interim head coach"), ending at their last role noun. */
function roleWords(items: readonly Item[], k: number, last: number, isRoleNoun: (lower: string) => boolean): string[] {
  if (/^(?:the|a|an)$/.test(items[k]?.lower ?? '')) k++;
  const words: string[] = [];
  let end = 0;
  // "became British super-lightweight champion": a nationality may qualify the role.
  for (; k < items.length && words.length < ROLE_WORDS && isWord(items[k]) && (!items[k].capital || isDemonym(items[k].text)) && items[k].sentence === items[last].sentence; k++) {
    if (/['’]s?$/.test(items[k].text) || FUNCTION_WORDS.has(items[k].lower)) break;
    words.push(items[k].lower);
    if (isRoleNoun(normalizeWord(items[k].lower))) end = words.length;
  }
  return words.slice(0, end);
}

/** Verbs of keeping a house of trade: "kept the inn", "ran a shop", "who keeps the forge". */
const KEEPING = /^(?:kept|keeps|keep|ran|runs|owned|owns)$/;
/** The calling of the one who keeps each house of trade: whoever kept the inn is "the landlady" or "the innkeeper". */
const KEEPERS: ReadonlyMap<string, string> = new Map([
  ...'inn tavern alehouse ale-house public-house pub hostelry'.split(' ').map((w): [string, string] => [w, 'innkeeper']),
  ['shop', 'shopkeeper'], ['store', 'storekeeper'], ['mill', 'miller'], ['forge', 'blacksmith'], ['smithy', 'blacksmith'],
]);
/** How many words may describe the house ("kept the old Crown inn" is read only as far as lower-case words go). */
const HOUSE_WORDS = 3;

/**
 * "Across the lane Mrs. Gedney kept the inn", "Ned Poole, who ran the forge,": the calling of one said to keep a house
 * of trade, which the text may call them by ("said the landlady", "the smith"), as a role after "became" is.
 */
function keptPlace(items: readonly Item[], last: number): string | null {
  let k = last + 1;
  if (items[k]?.text === ',' && items[k + 1]?.lower === 'who') k += 2;
  if (!isWord(items[k]) || !KEEPING.test(items[k].lower) || items[k].sentence !== items[last].sentence) return null;
  if (!/^(?:the|a|an|his|her|their)$/.test(items[k + 1]?.lower ?? '')) return null;
  for (let j = k + 2; j <= k + 1 + HOUSE_WORDS && isWord(items[j]) && !items[j].capital && items[j].sentence === items[last].sentence; j++) {
    const keeper = KEEPERS.get(normalizeWord(items[j].lower));
    if (keeper) return keeper;
  }
  return null;
}
