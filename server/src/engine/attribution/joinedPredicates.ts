import { calledByName } from './namings';
import { capitalsEnd, isKnownPersonNoun } from './clauses';
import { SPEECH_VERBS, isVerbModifier } from './lexicon';
import { isWord, type Item } from './narration';
import { describedTie } from './quotedRelatives';

/** How many items before its "and" a joined speech verb's subject may open ("… sat at my kitchen table and told me"). */
const SUBJECT_REACH = 24;

/**
 * "“The man from the insurer sat at my kitchen table and told me, ‘…’”", "“Somebody came up to us and said, ‘…’”":
 * a speech verb joined by "and" to the predicates before it shares their subject, which opens the sentence or the
 * clause after a comma. The items [first, last] of that subject when it is someone described ("the man from the
 * insurer", "one of our directors", "somebody"), for the speech verb right before the quotation at item `qi`, else null.
 */
export function joinedSubject(words: readonly Item[], qi: number): { first: number; last: number; verb: number } | null {
  let verb = words[qi - 1]?.text === ',' || words[qi - 1]?.text === ':' ? qi - 2 : qi - 1;
  // "told me", "said to us": the one told stands between the verb and the words.
  if (/^(?:me|us|him|her|them)$/.test(words[verb]?.lower ?? '')) verb -= words[verb - 1]?.lower === 'to' ? 2 : 1;
  if (!isWord(words[verb]) || !SPEECH_VERBS.has(words[verb].lower)) return null;
  let and = verb - 1;
  while (isWord(words[and]) && isVerbModifier(words[and].lower)) and--;
  if (words[and]?.lower !== 'and') return null;
  for (let i = and - 1; i >= 0 && i >= and - SUBJECT_REACH && words[i].sentence === words[and].sentence; i--) {
    const prior = words[i - 1];
    if (prior && prior.sentence === words[i].sentence && prior.text !== ',') continue;
    if (!isWord(words[i])) continue;
    const last = describedSubjectAt(words, i);
    // "a man called Gerald Amory, took me to lunch and said": the name the description is given is who spoke.
    if (last >= 0 && calledByName(words, last)) return { first: last + 2, last: capitalsEnd(words, last + 2), verb };
    if (last >= 0) return { first: i, last, verb };
    // A pronoun or a name opening the clause is the subject ("I went in and said"); a predicate ("folded it,") is not.
    if (/^(?:i|we|you|he|she|they|it)$/.test(words[i].lower) || (words[i].capital && i > 0 && prior?.text === ',')) return null;
  }
  return null;
}

/** The last item of someone described opening at item `i` ("the man from the insurer", "one of them", "one woman"), or -1. */
function describedSubjectAt(words: readonly Item[], i: number): number {
  const w = words[i].lower;
  if (/^(?:somebody|someone)$/.test(w)) return i;
  if (w === 'one' && words[i + 1]?.lower === 'of') {
    if (/^(?:them|us)$/.test(words[i + 2]?.lower ?? '')) return i + 2;
    return /^(?:the|our|my|his|her|their)$/.test(words[i + 2]?.lower ?? '') && peopleNoun(words, i + 3) ? describedTie(words, i + 3) : -1;
  }
  // "One young woman … stood on her step and said": "one" before a noun is a determiner, as "a" is.
  if (!/^(?:the|a|an|one)$/.test(w)) return -1;
  const noun = personNoun(words, i + 1) ? i + 1 : personNoun(words, i + 2) && isWord(words[i + 1]) && !words[i + 1].capital ? i + 2 : -1;
  return noun < 0 ? -1 : describedTie(words, noun);
}

const personNoun = (words: readonly Item[], k: number) => isWord(words[k]) && !words[k].capital && isKnownPersonNoun(words[k].lower);

/** "one of our directors", "one of the men": a plural of a person noun. */
const peopleNoun = (words: readonly Item[], k: number) =>
  isWord(words[k]) && !words[k].capital && isKnownPersonNoun(words[k].lower.replace(/men$/, 'man').replace(/s$/, ''));

