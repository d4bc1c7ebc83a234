import { vocativesIn } from './dialogue';
import type { SpokenQuote } from './selfNamed';

// A stranger the narration only describes ("the woman in the grey coat") is often named by the one who answers her:
// "“Hello, Tobiah,” she said. ¶ “Hello, Mag.”" The name the answer calls out is the description's, for her turns of
// that meeting and for those under the plain form of her description ("the woman").

/** How many paragraphs either side of the answer the description is taken to be the one it names. */
const MEETING_REACH = 60;

/** A plural noun ("ladies", "twins"), not one in -ss ("waitress"). */
const PLURAL_HEAD = /[^s]s$/u;

/**
 * Index in `quotes` → the name, for the quotations credited to a description that the next paragraph's turn answers
 * by a name no one the narration names bears (`isKnown`), calling out no other.
 */
export function greetedNames(quotes: readonly SpokenQuote[], isKnown: (name: string) => boolean): Map<number, string> {
  const found = new Map<number, string>();
  for (let k = 1; k < quotes.length; k++) {
    const [said, answer] = [quotes[k - 1], quotes[k]];
    const described = said.attribution.speaker;
    if (!described || !/^(?:the|a|an)\s/u.test(described) || answer.paragraph !== said.paragraph + 1) continue;
    // "the woman in the grey coat" is also the plain "a woman", "the woman" the meeting called her before; "the
    // ladies" are no one person a name calls.
    const noun = described.split(/\s+/)[1];
    const plain = (speaker: string | null) => speaker === described || speaker === `the ${noun}` || speaker === `a ${noun}` || speaker === `an ${noun}`;
    if (plain(answer.attribution.speaker) || PLURAL_HEAD.test(noun)) continue;
    // A name opening the answer ("Pip, sir.") is as often the answerer's own, given when asked.
    const called = vocativesIn(answer.words);
    if (called.length !== 1 || isKnown(called[0]) || answer.words.trimStart().startsWith(called[0])) continue;
    for (const [i, q] of quotes.entries()) {
      if (plain(q.attribution.speaker) && Math.abs(q.paragraph - answer.paragraph) <= MEETING_REACH) found.set(i, called[0]);
    }
  }
  return found;
}

/**
 * Whether the words open by calling the name ("Charley! …", "Charley, go and …"): a call that brings someone in, not a
 * name in a list the words run through ("the allotment, the darts team, Christmas.").
 */
function opensByCalling(words: string, name: string): boolean {
  const opening = words.trimStart();
  return opening.startsWith(name) && /^\s*[!,?]/u.test(opening.slice(name.length));
}

/** How many paragraphs before a newcomer's words the call that brought them may stand. */
const CALL_REACH = 2;

/**
 * "“Charley! Charley, go and tell Mrs. Bunce …” ¶ A tall youth … put his head in at the door. ¶ “Two pots, mother?”":
 * a newcomer brought in by an indefinite description right after a turn calling a name no one the narration names
 * bears (`isKnown`) is the one called. Index in `quotes` → the name.
 */
export function calledNewcomers(quotes: readonly SpokenQuote[], isKnown: (name: string) => boolean): Map<number, string> {
  const found = new Map<number, string>();
  for (let k = 1; k < quotes.length; k++) {
    const newcomer = quotes[k].attribution.speaker;
    if (!newcomer || !/^(?:a|an)\s/u.test(newcomer) || quotes[k - 1].paragraph === quotes[k].paragraph || quotes[k].paragraph - quotes[k - 1].paragraph > CALL_REACH) continue;
    const caller = quotes[k - 1].attribution.speaker;
    const called = vocativesIn(quotes[k - 1].words);
    if (!caller || caller === newcomer || called.length !== 1 || isKnown(called[0]) || !opensByCalling(quotes[k - 1].words, called[0])) continue;
    for (let i = k; i < quotes.length && quotes[i].paragraph === quotes[k].paragraph; i++) if (quotes[i].attribution.speaker === newcomer) found.set(i, called[0]);
  }
  return found;
}
