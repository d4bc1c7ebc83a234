import { FUNCTION_WORDS, GENERIC_PERSON_NOUNS, PRONOUN_GENDER, sameRole, type Gender } from './lexicon';
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
    // "the Brennock manager" is not Brennock, whatever the table took that name for.
    if (m.person.name.split(/\s+/).some((w) => adjectives.has(w.toLowerCase()))) continue;
    const run = table.runAfter(m.item);
    for (let k = Math.max(0, m.item - REACH); k <= (run ? run[1] : m.item); k++) {
      // "Brennock's manager, Rafael Ortega" is "the Brennock manager".
      const word = items[k].lower.replace(/['’]s?$/u, '');
      if (items[k].sentence === items[m.item].sentence && adjectives.has(word) && !otherOffice(k)) found.add(m.person);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "Tom Ellery, a dairy farmer … Jane Ellery, an arable farmer … “…,” the dairy farmer said": the last holder of the
 * phrase's role `role` who was also given one of its lower-case modifiers, not simply the last farmer named.
 */
export function holderOfModifiedRole(items: readonly Item[], table: PeopleTable, first: number, last: number, gender: Gender | null, role: string): PersonRecord | null {
  // "the prime minister’s official spokesman": the words up to a possessive name whose the role is, not what kind.
  for (let k = last - 1; k > first; k--) {
    if (!/['’]s?$/u.test(items[k].text)) continue;
    first = k;
    break;
  }
  const modifiers = roleKeys(items.slice(first + 1, last).filter((it) => isWord(it) && !isCapitalised(it)).map((it) => it.lower)).filter((m) => m !== role);
  for (const modifier of modifiers) {
    const holder = table.antecedent(first, gender, modifier, null, true);
    if (holder?.roles.has(role)) return holder;
    // "The finance director, Ann Lee, … the finance chief said": a department's head under another word for head.
    if (holder && HEADS.test(role) && [...holder.roles].some((r) => HEADS.test(r))) return holder;
  }
  // Only a plain role phrase: "the dairy farmer", not "the Federation of Independent Retailers" nor "the boy officer".
  const words = items.slice(first + 1, last);
  if (!isRoleNoun(role) || items[last].capital || words.some((it) => !isWord(it) || isCapitalised(it) || FUNCTION_WORDS.has(it.lower) || GENERIC_PERSON_NOUNS.has(it.lower))) return null;
  return introducedWith(items, table, first, new Set(words.map((it) => it.lower).filter((w) => w.length > 3 && !PLAIN_MODIFIERS.test(w) && !isRoleNoun(w))), gender);
}

/** Words for whoever heads what the modifier before them names ("finance chief", "finance director", "head of finance"). */
const HEADS = /^(?:chief|director|head|boss)$/;

/** Modifiers too common to tell people apart by ("the former minister", "the young mother"). */
const PLAIN_MODIFIERS = /^(?:former|new|old|young|older|younger|elder|local|other|same|first|second|last|late|current|then|\d.*)$/;
/** How many items after a name the words introducing them run ("Tom Trewin, who keeps 300 dairy cows near Launceston"). */
const INTRODUCTION_REACH = 12;

/**
 * "said Tom Trewin, who keeps 300 dairy cows … His neighbour, Jenny Trewin, who grows potatoes, … “…,” the dairy
 * farmer said": the one person the words right after whose name (in its sentence) hold one of the phrase's modifiers.
 */
function introducedWith(items: readonly Item[], table: PeopleTable, first: number, modifiers: ReadonlySet<string>, gender: Gender | null): PersonRecord | null {
  if (modifiers.size === 0) return null;
  const found = new Set<PersonRecord>();
  for (const m of table.mentionsWithin(Math.max(0, first - LOOKBACK), first - 1)) {
    // Names only: a description read as someone ("the retired nurse") is no introduction.
    const run = table.runAfter(m.item);
    if (!run || table.organisations.has(m.person) || (gender && table.gender(m.person) && table.gender(m.person) !== gender)) continue;
    const end = run[1];
    for (let k = end + 1; k <= end + INTRODUCTION_REACH && k < first && items[k].sentence === items[m.item].sentence; k++) {
      if (modifiers.has(items[k].lower)) found.add(m.person);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
