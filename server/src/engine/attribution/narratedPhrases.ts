import { isActiveSpeechVerb, lastClauseSubject, mainSubject, type Clause } from './clauses';
import { isTerm, type Item } from './narration';
import { lastMatch } from './lastMatches';

// News quotes a phrase inside a sentence of its own narration, "The Eastgate MP predicted his candidate would win
// “by a few thousand votes”", "The alert warns of a “significant risk”": with no speech clause of its own, the phrase
// is the words of the one the sentence reports speaking, the subject of its last active speech verb before it ("said
// the loss had been “…”"), else of the sentence itself. A verb joined on by "and" ("acknowledged …, and said") has the
// sentence's subject; a passive one ("had been warned about “…”") names no speaker, so the words go to the one whose
// verb brings the passive clause in. A word or two in scare quotes that no verb of saying brings in is a term, no one's.

/**
 * The subject of the clause reporting the words of quotation item `qi`, inside a sentence of narration; `from` is the
 * sentence's first item.
 */
export function reportingSubject(items: readonly Item[], qi: number, from: number): Clause | null {
  const verb = Math.max(from, lastMatch(items, qi - 1, activeSpeechVerb));
  // ("publish the so-called “green list”": a term.)
  if (verb === from) return isTerm(items[qi].text) ? null : lastClauseSubject(items, from, qi);
  return items[verb - 1].lower === 'and' ? mainSubject(items, from, verb) : lastClauseSubject(items, from, verb);
}

/** An active speech verb; the text's first item, with nothing before it to make it passive, is none. */
const activeSpeechVerb = (items: readonly Item[], k: number): boolean => k > 0 && isActiveSpeechVerb(items, k);
