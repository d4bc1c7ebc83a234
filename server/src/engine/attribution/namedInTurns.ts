import type { Utterance } from '../types';
import { ownNameIn } from './selfNamed';

// A transcript labels a party it cannot name by their part ("CALLER:", "A WOMAN:", "VOICE:") and lets them name
// themselves in their own turn: "My name is Dolores Achebe-Grant", "This is Ed Moyle", or a name alone answering a
// question for it ("OPERATOR: Can I get your name, please? ¶ CALLER: Vanessa Halloran. He went out …"). The label
// stands for that person at all its turns.

/** A question for the hearer's name: "Can I get your name?", "Who am I speaking to?", "Who's calling?". */
const ASKS_NAME = /\b(?:your (?:full |first |last )?name|who are you|who (?:am I|are we) (?:speaking|talking) (?:to|with)|who(?: is|['’]s) (?:this|calling|speaking))\b[^.!?]*\?/i;

/** Words opening on a name alone, as an answer gives it: "Vanessa Halloran.", "Mrs. Ada Peel, on Cutter Lane." */
const NAME_FIRST = /^\s*((?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:[.,!]|$)/u;

/**
 * The names labels that stand for no one (`unnamed`) are given in their own turns, by label: the first name a turn
 * states as its speaker's own, or opens on right after another party's turn asks for it.
 */
export function namesGivenInTurns(text: string, utterances: readonly Utterance[], unnamed: (label: string) => boolean): Map<string, string> {
  const named = new Map<string, string>();
  for (const [i, u] of utterances.entries()) {
    if (named.has(u.speaker) || !unnamed(u.speaker)) continue;
    const words = text.slice(u.span.start, u.span.end);
    const prior = utterances[i - 1];
    const asked = prior && prior.speaker !== u.speaker && ASKS_NAME.test(text.slice(prior.span.start, prior.span.end));
    const name = ownNameIn(words) ?? (asked ? NAME_FIRST.exec(words)?.[1] : null);
    if (name) named.set(u.speaker, name.replace(/\s+/g, ' '));
  }
  return named;
}
