import { isWord, type Item } from './narration';
import { isRoleNoun } from './people';

// "Administrators from Begbies Traynor, led by Ann Wise, said …. “…,” the administrator said": a group of people of
// one role led by someone makes its leader one of them, so the role in the singular is theirs.

/** How many items before "led by" the group's noun is sought ("Administrators from Begbies Traynor, led by"). */
const GROUP_REACH = 8;

/** The role, in the singular, of the group the name at item `first` leads ("engineers … led by Ann Wise"), if any. */
export function roleOfGroupLed(items: readonly Item[], first: number): string | null {
  if (items[first - 1]?.lower !== 'by' || !/^(?:led|headed)$/.test(items[first - 2]?.lower ?? '')) return null;
  for (let k = first - 3; k >= 0 && k >= first - 2 - GROUP_REACH && items[k].sentence === items[first].sentence; k--) {
    if (!isWord(items[k]) || !items[k].lower.endsWith('s')) continue;
    const singular = items[k].lower.replace(/(?<=[^s])s$/, '');
    if (singular !== items[k].lower && isRoleNoun(singular)) return singular;
  }
  return null;
}

/** How many words of the group may stand between "one of" and its plural noun ("one of the three joint administrators"). */
const MEMBER_REACH = 5;

/**
 * "Rachel Ogunleye, one of the joint administrators, said …. “…,” the administrator said": one named as one of a
 * group of a role holds that role in the singular. The role of the name ending at item `last`, if any.
 */
export function roleOfGroupJoined(items: readonly Item[], last: number): string | null {
  if (items[last + 1]?.text !== ',' || items[last + 2]?.lower !== 'one' || items[last + 3]?.lower !== 'of') return null;
  for (let k = last + 4; k <= last + 4 + MEMBER_REACH && isWord(items[k]) && items[k].sentence === items[last].sentence; k++) {
    const singular = items[k].lower.replace(/(?<=[^s])s$/, '');
    if (singular === items[k].lower) continue;
    return isRoleNoun(singular) && !isWord(items[k + 1]) ? singular : null;
  }
  return null;
}
