import { PRONOUN_GENDER, sameRole, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isPersonNoun } from './clauses';
import { isCapitalised, isRoleNoun, roleKeys, type PeopleTable, type PersonRecord } from './people';

// Talks between two countries bring officials of like titles: "Velmoran Foreign Minister Anja Korst … her Tessalian
// counterpart, Dario Menck". "The Tessalian minister said" is then the one person the text introduced with that
// capitalised adjective, whoever was named last or holds the title.

/** How many items before a name its adjective may stand ("Tessalian counterpart, Dario"). */
const REACH = 4;
/** How far back (in items, about a long article) the names are read, so a novel's phrases stay cheap. */
const LOOKBACK = 3000;

/**
 * The one person named with a capitalised adjective of the definite phrase [first, last] headed by a person noun, if
 * only one was; not with the adjective of another office ("Athletic manager Paula Reyes" is not "the Athletic captain").
 */
export function holderOfAdjective(items: readonly Item[], table: PeopleTable, first: number, last: number): PersonRecord | null {
  const head = normalizeWord(items[last].lower);
  // "The Federation of Housing Associations" is a body, whoever the text named near "Housing".
  if (!isPersonNoun(head)) return null;
  const otherOffice = (k: number) => {
    const next = items[k + 1];
    const role = isWord(next) && !isCapitalised(next) ? normalizeWord(next.lower) : null;
    return !!role && isRoleNoun(role) && role !== head && !sameRole(head).includes(role);
  };
  const adjectives = new Set<string>();
  for (let k = first + 1; k < last; k++) if (isWord(items[k]) && isCapitalised(items[k])) adjectives.add(items[k].lower);
  if (adjectives.size === 0) return null;
  const found = new Set<PersonRecord>();
  for (const m of table.mentionsWithin(Math.max(0, first - LOOKBACK), first - 1)) {
    if (PRONOUN_GENDER.has(items[m.item].lower) || table.organisations.has(m.person)) continue;
    const run = table.runAfter(m.item);
    for (let k = Math.max(0, m.item - REACH); k <= (run ? run[1] : m.item); k++) {
      if (items[k].sentence === items[m.item].sentence && adjectives.has(items[k].lower) && !otherOffice(k)) found.add(m.person);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "Tom Ellery, a dairy farmer … Jane Ellery, an arable farmer … “…,” the dairy farmer said": the last holder of the
 * phrase's role `role` who was also given one of its lower-case modifiers, not simply the last farmer named.
 */
export function holderOfModifiedRole(items: readonly Item[], table: PeopleTable, first: number, last: number, gender: Gender | null, role: string): PersonRecord | null {
  const modifiers = roleKeys(items.slice(first + 1, last).filter((it) => isWord(it) && !isCapitalised(it)).map((it) => it.lower)).filter((m) => m !== role);
  for (const modifier of modifiers) {
    const holder = table.antecedent(first, gender, modifier, null, true);
    if (holder?.roles.has(role)) return holder;
  }
  return null;
}
