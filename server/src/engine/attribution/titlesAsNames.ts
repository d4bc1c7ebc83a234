import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord, parseName } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "The Lord Castellan, Hew Maddrey, had a voice like a creaking door", "The Archmage had said nothing thus far. Sefa
// Quorrin was very old": a capitalised word the text always writes after "the" is an office used as a name (a proper
// name takes no article), and fiction ties it to its holder once, by an appositive or by naming them at once as the
// next sentence's subject. The office so tied is that person at all its turns ("said the Regent").

/** Makes each office the table knows as a person one with the one holder the text ties it to, if one. */
export function learnTitlesAsNames(items: readonly Item[], table: PeopleTable): void {
  const mentions = new Map<PersonRecord, number[]>();
  for (const m of table.mentions) {
    const list = mentions.get(m.person);
    if (list) list.push(m.item);
    else mentions.set(m.person, [m.item]);
  }
  // "Miss Agnes Threlfall, the matron,": a common noun set off after a name, by the item of the noun.
  const apposedNouns = new Map<string, PersonRecord[]>();
  for (let i = 3; i < items.length; i++) {
    if (!isWord(items[i]) || items[i].capital || items[i - 1].lower !== 'the' || items[i - 2].text !== ',') continue;
    const run = table.runBefore(i - 3);
    const person = run ? table.mentionAt(run[0])?.person : undefined;
    const holders = person ? apposedNouns.get(items[i].lower) : undefined;
    if (holders) holders.push(person!);
    else if (person) apposedNouns.set(items[i].lower, [person]);
  }
  for (const [office, at] of mentions) {
    // "Sister paused" after "Sister Threlfall stood at the end of the ward": a title alone is the one it was written before.
    const titled = office.core.length === 1 ? titleBearer(table, office, apposedNouns) : null;
    if (titled) {
      table.merge(titled, office);
      continue;
    }
    if (!isOffice(items, office, at)) continue;
    const holders = new Set<PersonRecord>();
    for (const i of at) {
      const run = table.runAfter(i);
      const tied = run && (apposed(items, table, run[1] + 1) ?? apposedBefore(items, table, i) ?? namedNext(items, table, i));
      if (tied && tied !== office) holders.add(tied);
    }
    const [holder] = holders;
    const [g, h] = holder ? [table.gender(office), table.gender(holder)] : [null, null];
    if (holders.size === 1 && !table.organisations.has(holder) && !(g && h && g !== h)) table.merge(holder, office);
  }
}

/**
 * The one other person the text writes `p`'s one word before as a title ("Sister Threlfall") or sets it off after as
 * a common noun ("Miss Agnes Threlfall, the matron," of "Matron said"), if only one; none for a given name.
 */
function titleBearer(table: PeopleTable, p: PersonRecord, apposedNouns: ReadonlyMap<string, readonly PersonRecord[]>): PersonRecord | null {
  const word = normalizeWord(p.core[0]);
  if (GIVEN_NAME_GENDER.has(word)) return null;
  const apposed = apposedNouns.get(word) ?? [];
  const bearers = table.persons.filter((o) => o !== p && !table.organisations.has(o) && (apposed.includes(o) || [...o.aliases].some((a) => parseName(a).titles.some((t) => normalizeWord(t) === word))));
  return bearers.length === 1 ? bearers[0] : null;
}

/** Whether `p`, mentioned at items `at`, is an office: no given name, written after "the" every time. */
function isOffice(items: readonly Item[], p: PersonRecord, at: readonly number[]): boolean {
  return p.core.length <= 2 && !p.core.some((w) => GIVEN_NAME_GENDER.has(normalizeWord(w))) && at.every((i) => items[i - 1]?.lower === 'the');
}

/** The full name set off by commas at item `comma`, after the office: "The Lord Castellan, Hew Maddrey, had …". */
function apposed(items: readonly Item[], table: PeopleTable, comma: number): PersonRecord | null {
  if (items[comma]?.text !== ',') return null;
  const run = table.runAfter(comma + 1);
  const person = run && items[run[1] + 1]?.text === ',' ? table.mentionAt(comma + 1)?.person : null;
  return person && person.core.length > 1 ? person : null;
}

/** The full name the office at `i` is set off after: "Hew Maddrey, the Lord Castellan, …". */
function apposedBefore(items: readonly Item[], table: PeopleTable, i: number): PersonRecord | null {
  if (items[i - 2]?.text !== ',') return null;
  const run = table.runBefore(i - 3);
  const person = run ? table.mentionAt(run[0])?.person : null;
  return person && person.core.length > 1 ? person : null;
}

/** The full name the sentence after the one of item `i` opens on, when the text first names that person there. */
function namedNext(items: readonly Item[], table: PeopleTable, i: number): PersonRecord | null {
  let next = i + 1;
  while (next < items.length && items[next].sentence === items[i].sentence) next++;
  if (next >= items.length || items[next].paragraph !== items[i].paragraph || !isWord(items[next])) return null;
  const person = table.mentionAt(next)?.person;
  return person && person.core.length > 1 && table.mentions.find((m) => m.person === person)?.item === next ? person : null;
}
