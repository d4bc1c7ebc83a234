import { COMPARED_AGES, kinNounAfter } from './kinship';
import type { Gender } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "On the bag was his younger brother, Callum Ure. … Their father, Robert Ure, died in 2021. “…,” his younger son
// said.": of a family sharing a surname, "the younger" one is the one the text brought in as younger.

/**
 * The one person of `owner`'s surname (not `owner`, of `gender` if given) whom the text named right after `age` and a
 * kin noun ("younger brother, Callum Ure"), before item `at`; null when none or several.
 */
export function relativeCalledByAge(items: readonly Item[], table: PeopleTable, owner: PersonRecord, age: string, gender: Gender | null, at: number): PersonRecord | null {
  if (!COMPARED_AGES.test(age)) return null;
  const surname = normalizeWord(owner.core[owner.core.length - 1]);
  let found: PersonRecord | null = null;
  for (let i = 1; i + 3 < at; i++) {
    if (items[i].lower !== age) continue;
    const k = kinNounAfter(items, i - 1);
    const named = k === i + 1 && items[k + 1]?.text === ',' ? table.mentionAt(k + 2)?.person : undefined;
    if (!named || named === owner || normalizeWord(named.core[named.core.length - 1]) !== surname || (gender && (table.gender(named) ?? gender) !== gender)) continue;
    if (found && found !== named) return null;
    found = named;
  }
  return found;
}
