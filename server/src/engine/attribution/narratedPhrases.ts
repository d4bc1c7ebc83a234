import { lastClauseSubject, mainSubject, type Clause } from './clauses';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from './lexicon';
import { isTerm, isWord, sentenceStart, type Item } from './narration';

// News quotes a phrase inside a sentence of its own narration, "The Eastgate MP predicted his candidate would win
// “by a few thousand votes”", "The alert warns of a “significant risk”": with no speech clause of its own, the phrase
// is the words of the one the sentence reports speaking, the subject of its last active speech verb before it ("said
// the loss had been “…”"), else of the sentence itself. A verb joined on by "and" ("acknowledged …, and said") has the
// sentence's subject; a passive one ("had been warned about “…”") names no speaker, so the words go to the one whose
// verb brings the passive clause in. A word or two in scare quotes that no verb of saying brings in is a term, no one's.

/** Auxiliaries that make the speech verb after them passive. */
const PASSIVE = /^(?:was|were|be|been|being|is|are)$/;

/** The subject of the clause reporting the words of quotation item `qi`, inside a sentence of narration. */
export function reportingSubject(items: readonly Item[], qi: number): Clause | null {
  const from = sentenceStart(items, qi - 1);
  let verb = qi - 1;
  while (verb > from && !activeSpeechVerb(items, verb)) verb--;
  // ("publish the so-called “green list”": a term.)
  if (verb === from) return isTerm(items[qi].text) ? null : lastClauseSubject(items, from, qi);
  return items[verb - 1].lower === 'and' ? mainSubject(items, from, verb) : lastClauseSubject(items, from, verb);
}

function activeSpeechVerb(items: readonly Item[], k: number): boolean {
  const it = items[k];
  return isWord(it) && SPEECH_VERBS.has(it.lower) && !WEAK_SPEECH_VERBS.has(it.lower) && !PASSIVE.test(items[k - 1]?.lower ?? '');
}
