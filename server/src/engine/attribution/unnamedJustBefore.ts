import { isKnownPersonNoun, isPluralOf } from './clauses';
import { tieOf } from './kinship';
import { KIN, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, sentenceStart, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Okafor recalled a conversation with a ticket inspector. “She said to me, ‘…’”": news
// brings in the one whose words a speaker is about to retell in the sentence just before the quotation, unnamed, and
// the retold clause's he/she is that newcomer, as the narration describes them. The newcomer the sentence brings in
// first is the one it is about; later ones sit in its clauses about them ("a stranger had telephoned her to say her
// son was alive").

/** Determiners of someone brought in without a name: "a colleague", "his adviser". */
const UNNAMED = /^(?:a|an|his|her|their)$/;
/** Words before a description that make it a predicate of someone already there, not a newcomer: "works as a sound engineer". */
const PREDICATE = /^(?:as|is|was|be|been|being|became|become|remains)$/;
/** How many words may stand between the determiner and the head noun ("a former RAF engineer"). */
const MODIFIERS = 3;

/**
 * The unnamed person of `gender` (by the head noun, or of none) the sentence just before the quotation at item `qi`
 * brings in first, as written ("a part-time colleague"); null when the quotation does not open its sentence, the
 * sentence before is not in its paragraph or the one before, names someone of `gender` other than `speaker`, brings in
 * a relative first (newsDescriptions.ts reads those by name), or gives the description a name in apposition ("his son, Ade,").
 */
export function unnamedJustBefore(original: string, items: readonly Item[], qi: number, gender: Gender, table: PeopleTable, speaker: PersonRecord | null): string | null {
  if (qi === 0 || sentenceStart(items, qi) !== qi || items[qi].paragraph - items[qi - 1].paragraph > 1) return null;
  const start = sentenceStart(items, qi - 1);
  for (let i = start; i < qi; i++) {
    const it = items[i];
    if (it.kind === 'quote') return null;
    if (isWord(it) && it.capital && i > start) {
      const p = table.mentionAt(i)?.person;
      if (p && p !== speaker && table.gender(p) === gender) return null;
    }
  }
  for (let d = start; d < qi; d++) {
    // The sentence's opening subject ("Her deputy, …, remembers") is most often the one whose words it goes on to give.
    if (!isWord(items[d]) || items[d].capital || !UNNAMED.test(items[d].lower) || PREDICATE.test(items[d - 1]?.lower ?? '')) continue;
    const head = headAfter(items, d, qi);
    if (head < 0) continue;
    const noun = normalizeWord(items[head].lower);
    const sex = roleGender(noun);
    if (sex && sex !== gender) continue;
    if (isKin(noun)) return null;
    // "his son, Ade,", "a former coach called Owen Pryce": one the sentence names is read by name; a name of the other
    // sex is someone else, and the newcomer may come later.
    const named = namedAfter(items, head);
    if (named >= 0) {
      const p = table.mentionAt(named)?.person;
      if (p && p !== speaker && table.gender(p) && table.gender(p) !== gender) continue;
      return null;
    }
    return original.slice(items[d].start, items[head].end).replace(/\s+/g, ' ');
  }
  return null;
}

/** The item of the name a description whose head is at `head` is given: "his son, Ade,", "a coach called Owen Pryce"; or -1. */
function namedAfter(items: readonly Item[], head: number): number {
  const next = items[head + 1];
  if ((next?.text === ',' || /^(?:called|named)$/.test(next?.lower ?? '')) && items[head + 2]?.capital) return head + 2;
  return -1;
}

/** Whether a noun is a family tie's ("son", "mum", "grandmother"), which the relatives' rules name. */
function isKin(noun: string): boolean {
  return KIN.has(noun) || !!tieOf(noun);
}

/** Whether a description ends on a family tie's noun ("her son"). */
export function isKinPhrase(description: string): boolean {
  return isKin(normalizeWord(description.split(' ').pop()!.toLowerCase()));
}

/** The item of the singular person noun heading the description the determiner at `d` opens, or -1. */
function headAfter(items: readonly Item[], d: number, before: number): number {
  for (let j = d + 1; j <= d + 1 + MODIFIERS && j < before && isWord(items[j]); j++) {
    const w = items[j];
    if (w.capital || !singularPerson(w.lower)) continue;
    // "a union member": the last person noun of a run is the head.
    if (isWord(items[j + 1]) && !items[j + 1].capital && singularPerson(items[j + 1].lower)) continue;
    return j;
  }
  return -1;
}

/** Whether a word is one person's noun ("resident"), not a group's ("residents"). */
function singularPerson(lower: string): boolean {
  // A noun the word lists know: one guessed from its ending ("a stepladder") is as likely a thing.
  const noun = normalizeWord(lower);
  return isKnownPersonNoun(noun) && !isPluralOf(noun, isKnownPersonNoun);
}

/** How many words a quotation may open with before its retold clause's pronoun ("I remember her saying"). */
const OPENING_REACH = 4;

/**
 * Whether the pronoun at item `pronoun` of a quotation's words comes in its opening words, after no name and no person
 * noun: words that bring someone in themselves ("When I asked an officer …, she said") are read by quotedPersons.ts.
 */
export function opensOnClause(words: readonly Item[], pronoun: number): boolean {
  if (pronoun > OPENING_REACH) return false;
  return words.slice(0, pronoun).every((w) => !isWord(w) || ((!w.capital || w.lower === 'i') && !isKnownPersonNoun(w.lower)));
}
