import { ageOfPhrase, givenAge } from './agedPhrases';
import { isKnownPersonNoun, isPersonNoun, isPluralOf, phraseAfter, unnamedInFull, type Clause } from './clauses';
import { roleGender, withLowerDeterminer } from './lexicon';
import { normalizeWord } from './names';
import { sentenceStart, type Item } from './narration';
import { reportsSpeech } from './newsDescriptions';
import { isCapitalised, type PeopleTable } from './people';

// News reports what someone unnamed said, then quotes them by a fresh definite phrase: "A picker at the depot, who
// asked not to be named, said the targets changed. “…,” the 46-year-old said", "The former employee, an engineer
// who worked there for nine years, said …. “…,” the engineer said". The phrase is that description, named in full as
// its own clause names it, not a woman named paragraphs before nor a new "the engineer".

/** How many items back the sentence before a phrase is sought. */
const SENTENCE_REACH = 80;

/**
 * The unnamed description the definite phrase [first, last] ("the 46-year-old", "the engineer", "the former
 * employee") calls again: the subject of the sentence just before, in its paragraph, reporting speech, when the
 * phrase is an age no one was written with or a person noun of no other gender that no named person holds.
 */
export function unnamedAgain(original: string, items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  if (items[first].lower !== 'the' || last === first) return null;
  const start = sentenceStart(items, first, Math.max(0, first - SENTENCE_REACH));
  if (start === 0 || items[start - 1].paragraph !== items[first].paragraph) return null;
  const before = sentenceStart(items, start - 1, Math.max(0, start - 1 - SENTENCE_REACH));
  const described = describedSubject(items, before);
  if (!described) return null;
  const age = ageOfPhrase(items, first, last);
  if (age !== null) {
    const holder = table.mentionAt(first)?.person;
    if (holder && givenAge(items, table, holder, first) === age) return null;
  } else {
    const head = normalizeWord(items[last].lower);
    const gender = roleGender(head);
    const other = roleGender(normalizeWord(items[described.last].lower));
    if (!isKnownPersonNoun(head) || (gender && other && gender !== other) || table.antecedent(first, null, head, null, true)) return null;
    // "One of the nurses, who …, said. “…,” the nurse said": one picked from a group is called again by its noun only.
    if (items[described.first + 1]?.lower === 'of' && !isPluralOf(normalizeWord(items[described.last].lower), (w) => w === head)) return null;
  }
  return withLowerDeterminer(original.slice(items[described.first].start, items[unnamedInFull(items, described.first, described.last)].end));
}

/**
 * The unnamed person the sentence opening at item `s` is about while reporting their speech: "A picker at the depot,
 * who …, said", or the indefinite appositive of a definite subject ("The former employee, an engineer who …, said").
 */
function describedSubject(items: readonly Item[], s: number): Clause | null {
  const subject = phraseAfter(items, s) ?? personBeforeVerb(items, s);
  if (subject?.kind !== 'phrase') return null;
  // "One senior official, who …, said", "One of the nurses, who …, said": "one" brings someone in unnamed as "a" does.
  if (/^(?:a|an|one)$/.test(items[s].lower)) {
    const end = unnamedInFull(items, subject.first, subject.last);
    // "A neighbour of the depot, Eileen Pratt, told": someone named, whom the rules for names follow.
    const named = items[end + 1]?.text === ',' && isCapitalised(items[end + 2]);
    return !named && reportsSpeech(items, end) ? subject : null;
  }
  if (items[s].lower !== 'the' || items[subject.last + 1]?.text !== ',' || !/^(?:a|an)$/.test(items[subject.last + 2]?.lower ?? '')) return null;
  const apposed = phraseAfter(items, subject.last + 2);
  return apposed?.kind === 'phrase' && reportsSpeech(items, subject.last) ? apposed : null;
}

/**
 * "A Marovian diplomat gave a different account": an indefinite phrase that runs on into a verb the word lists do not
 * know, up to its last person noun.
 */
function personBeforeVerb(items: readonly Item[], s: number): Clause | null {
  if (!/^(?:a|an|one)$/.test(items[s].lower)) return null;
  const phrase = phraseAfter(items, s, true);
  return phrase && isPersonNoun(items[phrase.last].lower) ? phrase : null;
}
