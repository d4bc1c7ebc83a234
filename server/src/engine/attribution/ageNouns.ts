import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';
import { principalPerson } from './principalPerson';

// "Ysolde Marrack, 34, has worked there for a decade. The 34-year-old said …": news calls a person by the age it
// gave them. "The 34-year-old" is a mention of the last person named with that age, so a he/she after it is theirs.

const AGE_NOUN = /^(\d{1,3})-year-old$/;

export const isAgeNoun = (lower: string): boolean => AGE_NOUN.test(lower);

/** Nouns that describe someone by their time of life as an age does: "the teenager", "the pensioner". */
const AGE_CLASS = /^(?:teenager|pensioner|toddler|schoolboy|schoolgirl|octogenarian|nonagenarian|septuagenarian|centenarian)$/;

/** Whether a noun names someone by their age, in years ("34-year-old") or by its time of life ("teenager"). */
export const describesAge = (lower: string): boolean => AGE_NOUN.test(lower) || AGE_CLASS.test(lower);

/** The N of an "N-year-old", or null for any other word. */
export const ageOfNoun = (lower: string): string | null => AGE_NOUN.exec(lower)?.[1] ?? null;

/** Adds a mention of its person at every "the N-year-old" that follows a name written with that age ("Marrack, 34,"). */
export function learnAgeMentions(items: readonly Item[], table: PeopleTable): void {
  // Names written with an age, in text order: read from the mentions, far fewer than the words.
  const aged: { item: number; age: string; person: PersonRecord }[] = [];
  for (const m of table.mentions) {
    // "The 71-year-old, Rita Moss,", "34-year-old director Ruth Hale": the age may be written before the name too.
    const age = ageAfterName(items, table, m.item) ?? ageBefore(items, m.item);
    if (age) aged.push({ item: m.item, age, person: m.person });
  }
  const byAge = new Map<string, PersonRecord>();
  const ageOf = new Map(aged.map((a) => [a.person, a.age]));
  const found: [number, PersonRecord][] = [];
  // Read from the names' mentions once, when first needed.
  let principalRead: PersonRecord | null | undefined;
  const principal = () => (principalRead === undefined ? (principalRead = principalPerson(items, table)) : principalRead);
  let k = 0;
  for (let i = 0; i + 1 < items.length; i++) {
    for (; k < aged.length && aged[k].item < i; k++) byAge.set(aged[k].age, aged[k].person);
    if (items[i].lower !== 'the' || table.mentionAt(i)) continue;
    const age = ageOfNoun(items[i + 1].lower);
    if (!age) continue;
    const fits = (p: PersonRecord) => (ageOf.get(p) ?? age) === age;
    const person = byAge.get(age) ?? onlyOneNamedSince(items, table, i, fits) ?? principalOfAge(table, i, fits, principal);
    if (person) found.push([i, person]);
  }
  for (const [i, person] of found) table.addMention(person, i);
}

/**
 * "Jalen didn't see the humor. “…,” he said. ¶ Asked whether he'd talk to his brother, the 24-year-old shook his
 * head": an age no one was given is the one person named from the start of the paragraph before up to it, if only
 * one was (and of no other age). A paragraph between that names no one (the facts the speaker's quote was about)
 * does not end the feature's talk of them: then the paragraph before that is read too.
 */
function onlyOneNamedSince(items: readonly Item[], table: PeopleTable, at: number, fits: (p: PersonRecord) => boolean): PersonRecord | null {
  const since = (back: number) => {
    let from = at;
    while (from > 0 && at - from < AGE_REACH && items[from - 1].paragraph >= items[at].paragraph - back) from--;
    return table.mentionsWithin(from, at - 1);
  };
  const near = since(1);
  let only: PersonRecord | null = null;
  for (const m of near.length > 0 ? near : since(2)) {
    if (m.addressed || table.organisations.has(m.person)) continue;
    if (only && only !== m.person) return null;
    only = m.person;
  }
  return only && fits(only) ? only : null;
}

/**
 * "Her granddaughter, Meg Dunmore, 19, wrote … In an interview last year, the 83-year-old said": an age no one was
 * given, after someone named with another, is the person the text is about (principalPerson.ts), of no other age.
 */
function principalOfAge(table: PeopleTable, at: number, fits: (p: PersonRecord) => boolean, principal: () => PersonRecord | null): PersonRecord | null {
  const last = table.mentionsWithin(Math.max(0, at - AGE_REACH), at - 1).pop();
  if (!last || fits(last.person)) return null;
  const p = principal();
  return p && fits(p) ? p : null;
}

/** How many items back the paragraph before an age no one was given is read. */
const AGE_REACH = 200;

/** The age written right after the name at item `at`: "Marrack, 34,", "Marrack (34)", "Marrack, aged 34," or "Marrack, who is 34,". */
export function ageAfterName(items: readonly Item[], table: PeopleTable, at: number): string | null {
  const run = table.runAfter(at);
  const end = run ? run[1] : at;
  if (!/^[,(]$/.test(items[end + 1]?.text ?? '')) return null;
  const words = items[end + 2]?.lower === 'aged' ? 1 : items[end + 2]?.lower === 'who' && items[end + 3]?.lower === 'is' ? 2 : 0;
  const age = items[end + 2 + words];
  return age && /^\d{1,3}$/.test(age.text) ? age.text : null;
}

/** The age of an "N-year-old" a word or two (a comma, a role) before item `at` in its sentence. */
export function ageBefore(items: readonly Item[], at: number): string | null {
  for (let k = at - 1; k >= at - 3 && k >= 0 && items[k].sentence === items[at].sentence; k--) {
    const age = ageOfNoun(items[k].lower);
    if (age) return age;
    if (items[k].kind !== 'punct' && items[k].capital) return null;
  }
  return null;
}
