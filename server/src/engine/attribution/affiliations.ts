import { DETERMINERS, FUNCTION_WORDS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isCapitalised, isRoleNoun, type PeopleTable, type PersonRecord } from './people';

// A role is often held once per side: two clubs' managers, two parties' leaders, two firms' chief executives. News
// writes the side's name before the role ("Castleford manager Stuart Maddox", "Maddox, the Castleford manager,"), and
// "the Rovers manager" is then not the one the text made Castleford's, however recently the role was last named.

/** How far back (in items, about a long article) the holder's introductions are read. */
const LOOKBACK = 3000;
/** How many items before a name its side's name and role may stand ("Castleford's manager, Stuart"). */
const REACH = 4;

/**
 * Whether the definite role phrase [first, last] names a side ("the Rovers manager") that is not the one `holder`
 * was given the role with: the text introduced them as another side's holder of it.
 */
export function heldForAnotherSide(items: readonly Item[], table: PeopleTable, first: number, last: number, holder: PersonRecord): boolean {
  const sides = new Set<string>();
  for (let k = first + 1; k < last; k++) if (isWord(items[k]) && isCapitalised(items[k])) sides.add(sideName(items[k]));
  if (sides.size === 0) return false;
  const role = normalizeWord(items[last].lower);
  for (const m of table.mentionsWithin(Math.max(0, first - LOOKBACK), first - 1)) {
    if (m.person !== holder) continue;
    const side = sideBefore(items, m.item, role) ?? sideAfter(items, table.runAfter(m.item)?.[1] ?? m.item, role);
    if (side !== null && !sides.has(side)) return true;
  }
  return false;
}

/** A side's name as compared: lower case, without a possessive ending ("Castleford's" is "castleford"). */
function sideName(it: Item): string {
  return it.lower.replace(/['’]s?$/u, '');
}

/** The capitalised word right before `role` in an item: a side's name, not a sentence's first word nor a role. */
function sideAt(items: readonly Item[], r: number, role: string): string | null {
  const side = items[r - 1];
  if (!isWord(items[r]) || normalizeWord(items[r].lower) !== role || !isWord(side) || !isCapitalised(side)) return null;
  if (side.sentence !== items[r - 2]?.sentence || DETERMINERS.has(side.lower) || FUNCTION_WORDS.has(side.lower) || isRoleNoun(side.lower)) return null;
  return sideName(side);
}

/** "Castleford manager Stuart Maddox", "Castleford's manager, Stuart Maddox": the side before a name's role. */
function sideBefore(items: readonly Item[], name: number, role: string): string | null {
  for (let r = name - 1; r >= Math.max(1, name - REACH) && items[r].sentence === items[name].sentence; r--) {
    if (isWord(items[r]) && !isRoleNoun(items[r].lower) && items[r].text !== ',') return null;
    const side = sideAt(items, r, role);
    if (side !== null) return side;
  }
  return null;
}

/** "Stuart Maddox, the Castleford manager,": the side in the appositive after a name. */
function sideAfter(items: readonly Item[], end: number, role: string): string | null {
  if (items[end + 1]?.text !== ',') return null;
  for (let r = end + 3; r <= end + 2 + REACH && items[r]?.sentence === items[end].sentence; r++) {
    const side = sideAt(items, r, role);
    if (side !== null || !isWord(items[r])) return side;
  }
  return null;
}
