import { isKnownPersonNoun } from './clauses';
import { roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isNarrator, type PeopleTable, type PersonRecord } from './people';

// "“My grandmother used to say, ‘…’”", "“My mother came into my room. … Then she said, ‘…’”": inside a quotation, "my"
// and "our" are its speaker's, so the relative whose words it reproduces is the speaker's relative, not the outer
// speaker and not whoever the narration around it is about.

/** How many of a quotation's items before a quotation inside it are read for the speaker's relative. */
const RELATIVE_REACH = 40;

/** The person noun of a speaker's "my <noun>" or "our <noun>" at items [first, last], or null. */
export function ownedNoun(words: readonly Item[], first: number, last: number): string | null {
  if (last !== first + 1 || !/^(?:my|our)$/.test(words[first].lower) || !isKnownPersonNoun(words[last].lower)) return null;
  return normalizeWord(words[last].lower);
}

/** Words after which a clause's subject comes: a he/she after it most often goes back to a subject. */
const BEFORE_SUBJECT = /^(?:and|but|then|when|so|because|while|until|once|after|before|as|if)$/;

/**
 * "“my mother came into my room. She thought I was asleep. … then she said, ‘…’”": the noun of the last "my <noun>" of
 * `gender` (by the noun itself: "mother", "uncle") the words of a quotation bring up as a clause's subject (opening a
 * sentence or a clause, not "with my brother") before item `before`, or null.
 */
export function ownedBefore(words: readonly Item[], before: number, gender: Gender): string | null {
  for (let i = before - 2; i >= 0 && i >= before - RELATIVE_REACH; i--) {
    if (!isWord(words[i]) || !isWord(words[i + 1])) continue;
    const prior = words[i - 1];
    if (prior && prior.sentence === words[i].sentence && !(prior.kind === 'punct' || BEFORE_SUBJECT.test(prior.lower))) continue;
    const noun = ownedNoun(words, i, i + 1);
    if (noun && roleGender(noun) === gender) return noun;
  }
  return null;
}

/**
 * The name of the relative a quotation's speaker calls "my <noun>": the one the text made their relative so, else the
 * speaker's <noun> ("Ilse's mother") when the speaker is named, else the bare noun ("the neighbour"). A first-person
 * narrator's own "my mother" stays so.
 */
export function speakersRelative(table: PeopleTable, speaker: string | null, person: PersonRecord | null, noun: string): string {
  const known = person ? table.relativeBy(person, noun) : null;
  if (known) return known.name;
  if (person && isNarrator(person)) return `my ${noun}`;
  return speaker && /^\p{Lu}/u.test(speaker) ? `${speaker}'s ${noun}` : `the ${noun}`;
}
