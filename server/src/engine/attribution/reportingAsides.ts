import { SPEECH_VERBS } from './lexicon';
import { isWord, type Item } from './narration';
import type { PersonMention, PersonRecord } from './people';

// "When he returned to the club, Asante-Bell said, he addressed the audience": a speaker and a speech verb set off by
// commas inside a sentence only report it. The sentence's subject is what follows their comma, and a he/she there is
// the one the speaker tells of (a speaker telling of themselves would say "I").

/** How many words a reporting aside's speaker may take ("Kwame Asante-Bell said,", "his old bandmate said,"). */
const SPEAKER_WORDS = 4;

/** The item of the speech verb of an aside ending at the comma right before item `i`, after a comma; -1 if none. */
function asideVerb(items: readonly Item[], i: number): number {
  const verb = i - 2;
  if (items[i - 1]?.text !== ',' || !isWord(items[verb]) || !SPEECH_VERBS.has(items[verb].lower)) return -1;
  for (let k = verb - 1; k >= verb - SPEAKER_WORDS; k--) {
    if (items[k]?.text === ',') return k < verb - 1 && items[k].sentence === items[i].sentence ? verb : -1;
    if (!isWord(items[k])) return -1;
  }
  return -1;
}

/** The item after a reporting aside that follows the comma before item `s` ("…, Asante-Bell said, he"), else `s`. */
export function afterReportingAside(items: readonly Item[], s: number, end: number): number {
  if (items[s - 1]?.text !== ',') return s;
  for (let k = s + 1; k <= s + SPEAKER_WORDS && k + 2 <= end; k++) {
    if (!isWord(items[k])) return s;
    if (asideVerb(items, k + 2) === k) return isWord(items[k + 2]) ? k + 2 : s;
  }
  return s;
}

/** The speaker of a reporting aside right before the he/she at item `i`, named in `read` (mentions before `i`). */
export function asideSpeaker(items: readonly Item[], read: readonly PersonMention[], i: number): PersonRecord | null {
  const verb = asideVerb(items, i);
  if (verb < 0) return null;
  const m = read[read.length - 1];
  return m && m.item < verb && m.item >= verb - SPEAKER_WORDS && items[m.item].capital ? m.person : null;
}
