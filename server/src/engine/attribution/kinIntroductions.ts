import { kinNounAfter, tieOf } from './kinship';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Nora put her bag on the bed, because the bed was their mother’s. Ruth Kessling lay with her face to the wall.":
// fiction speaks of a relative first and names them at once, as the next sentence's subject, or says outright who
// the relative is ("Ruth Kessling was their mother"). The name so given is that relative, and "their mother said",
// or "Mom" in the dialogue, is that person.

/** The people each table's narration introduced as a relative, by the kin noun as written after "his", "her" or "their". */
const introduced = new WeakMap<PeopleTable, Map<string, Set<PersonRecord>>>();

/**
 * "“…,” his father said. … His father put the fork down. When Tom Hale had first come over, …": a story names a
 * relative once, anywhere, and its kin word means them throughout. The one person the narration introduced as `noun`,
 * if only one was.
 */
export function introducedRelative(table: PeopleTable, noun: string): PersonRecord | null {
  const found = [...(introduced.get(table)?.get(noun) ?? [])].filter((p) => table.persons.includes(p));
  return found.length === 1 ? found[0] : null;
}

/** A set, not a regex: it is asked at every word of the text. */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my']);

/**
 * Gives the kin noun as a role to each person the narration makes that relative: one a sentence brings in right after
 * a possessed kin noun, or one a copula joins to it ("Ruth Kessling was their mother", "Their mother was Ruth Kessling").
 */
export function learnIntroducedRelatives(items: readonly Item[], table: PeopleTable): void {
  for (let i = 0; i + 1 < items.length; i++) {
    if (!isWord(items[i]) || !OWNERS.has(items[i].lower)) continue;
    const k = kinNounAfter(items, i);
    if (k < 0) continue;
    const person = copulaRelative(items, table, i, k) ?? introducedNext(items, table, k);
    const gender = tieOf(items[k].lower)![1];
    if (!person || (gender && (table.gender(person) ?? gender) !== gender)) continue;
    const noun = normalizeWord(items[k].lower);
    person.roles.add(items[i].lower === 'my' ? `my ${noun}` : noun);
    if (items[i].lower === 'my') continue;
    const byNoun = introduced.get(table) ?? new Map<string, Set<PersonRecord>>();
    introduced.set(table, byNoun.set(noun, (byNoun.get(noun) ?? new Set()).add(person)));
  }
}

/** Words that open a sentence on a clause whose subject the name is: "When Tom Hale had first come over, …". */
const CLAUSE_OPENERS = /^(?:when|after|before|since|as|though|although|while|once|until)$/;

/**
 * The full name the sentence after the kin noun at `k` opens on, or the clause opening it ("His father put the fork
 * down. When Tom Hale had first come over, …"), if the text brings that person in there.
 */
function introducedNext(items: readonly Item[], table: PeopleTable, k: number): PersonRecord | null {
  let next = k + 1;
  while (next < items.length && items[next].sentence === items[k].sentence) next++;
  if (next >= items.length || items[next].paragraph !== items[k].paragraph || !isWord(items[next])) return null;
  if (CLAUSE_OPENERS.test(items[next].lower) && isWord(items[next + 1]) && items[next + 1].sentence === items[next].sentence) next++;
  const person = table.mentionAt(next)?.person;
  return person && person.core.length > 1 && introducedAt(table, person, next) ? person : null;
}

/**
 * "Ruth Kessling was their mother", "Their mother is Ruth Kessling": the name a copula joins to the kin phrase from
 * owner `i` to kin noun `k`; not "John was her father's friend", whose kin noun owns another.
 */
function copulaRelative(items: readonly Item[], table: PeopleTable, i: number, k: number): PersonRecord | null {
  if (/['’]s$/u.test(items[k].text)) return null;
  const copula = /^(?:was|is)$/;
  if (copula.test(items[k + 1]?.lower ?? '') && isWord(items[k + 2]) && items[k + 2].capital) return table.mentionAt(k + 2)?.person ?? null;
  if (!copula.test(items[i - 1]?.lower ?? '') || !isWord(items[i - 2]) || !items[i - 2].capital || isWord(items[k + 1])) return null;
  const run = table.runBefore(i - 2);
  return run ? table.mentionAt(run[0])?.person ?? null : null;
}

/** Whether item `at` holds the text's first mention of `person`. */
function introducedAt(table: PeopleTable, person: PersonRecord, at: number): boolean {
  return table.mentions.find((m) => m.person === person)?.item === at;
}
