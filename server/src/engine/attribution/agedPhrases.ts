import { ageAfterName, ageBefore, isAgeNoun } from './ageNouns';
import { phraseAfter, unnamedInFull } from './clauses';
import { withLowerDeterminer } from './lexicon';
import { sentenceStart, type Item } from './narration';
import { reportsSpeech } from './newsDescriptions';
import type { PeopleTable, PersonRecord } from './people';

// News calls people by their age ("the 46-year-old said"), and only by the age it gave them: "the 83-year-old" is not
// the granddaughter it wrote as "Meg Dunmore, 19,", and after "A picker at the depot, who asked not to be named, said
// …" it is the picker, someone unnamed, rather than a woman named paragraphs before.

/** How far back (in items, about a long article) a person's written age is sought. */
const LOOKBACK = 3000;
/** How many items back the sentence before a phrase is sought. */
const SENTENCE_REACH = 80;

/** The N of an "N-year-old" phrase [first, last] ("the 46-year-old", "the 46-year-old nurse"), if it is one. */
function ageOfPhrase(items: readonly Item[], first: number, last: number): string | null {
  if (items[first].lower !== 'the') return null;
  const age = items[first + 1];
  return first < last && age && isAgeNoun(age.lower) ? age.lower.slice(0, age.lower.indexOf('-')) : null;
}

/** Whether the text gave `person` an age other than that of the age phrase [first, last] before it. */
export function agedOtherwise(items: readonly Item[], table: PeopleTable, first: number, last: number, person: PersonRecord): boolean {
  const age = ageOfPhrase(items, first, last);
  const given = age === null ? null : givenAge(items, table, person, first);
  return given !== null && given !== age;
}

/**
 * "A picker at the depot, who asked not to be named, said the targets changed. “…,” the 46-year-old said": an age
 * phrase no one was given that age before, right after a sentence of its paragraph whose subject is someone unnamed
 * reporting speech, is that description in full, as its own clause would name it.
 */
export function unnamedOfAge(original: string, items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  const age = ageOfPhrase(items, first, last);
  if (age === null) return null;
  const start = sentenceStart(items, first, Math.max(0, first - SENTENCE_REACH));
  if (start === 0 || items[start - 1].paragraph !== items[first].paragraph) return null;
  const before = sentenceStart(items, start - 1, Math.max(0, start - 1 - SENTENCE_REACH));
  if (!/^(?:a|an)$/.test(items[before].lower)) return null;
  const subject = phraseAfter(items, before);
  if (subject?.kind !== 'phrase') return null;
  const end = unnamedInFull(items, subject.first, subject.last);
  if (!reportsSpeech(items, end)) return null;
  const holder = table.mentionAt(first)?.person;
  if (holder && givenAge(items, table, holder, first) === age) return null;
  return withLowerDeterminer(original.slice(items[before].start, items[end].end));
}

/** The age the text wrote with `person`'s name before item `at`, if it wrote one. */
function givenAge(items: readonly Item[], table: PeopleTable, person: PersonRecord, at: number): string | null {
  for (const m of table.mentionsWithin(Math.max(0, at - LOOKBACK), at - 1)) {
    if (m.person !== person) continue;
    const given = ageAfterName(items, table, m.item) ?? ageBefore(items, m.item);
    if (given !== null) return given;
  }
  return null;
}
