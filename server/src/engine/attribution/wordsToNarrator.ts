import { FACING, PARTICLES, TOWARDS } from './facedPeople';
import { SPEECH_VERBS } from './lexicon';
import { isWord, type Item } from './narration';

// "Tobe turned around to me. “Asa, you’re a-going, ain’t you?”", "“Ten,” he says to me.": words the narration says
// were for "me" are said to a first-person narrator, so a name they call is the narrator's.

/** Words that may stand between such a verb and its "to" besides facedPeople's particles: "turning square to". */
const SQUARELY: ReadonlySet<string> = new Set(['square', 'squarely', 'full', 'directly', 'quickly', 'sharply']);

/**
 * Whether the narration in items `first`…`last` last has someone turn to, look at or speak to "me": a later turn to
 * someone else ("looked at me … Then, turning square to my aunt:") takes the words away from the narrator.
 */
export function toNarratorIn(items: readonly Item[], first: number, last: number): boolean {
  let toMe = false;
  for (let k = first; k < last; k++) {
    if (!isWord(items[k]) || !(FACING.test(items[k].lower) || SPEECH_VERBS.has(items[k].lower))) continue;
    let j = k + 1;
    while (j < last && isWord(items[j]) && (PARTICLES.has(items[j].lower) || SQUARELY.has(items[j].lower))) j++;
    if (isWord(items[j]) && TOWARDS.has(items[j].lower) && isWord(items[j + 1])) toMe = items[j + 1].lower === 'me';
  }
  return toMe;
}
