import { isPersonNoun, phraseAfter, type Clause } from './clauses';
import { isWord, type Item } from './narration';

/** Words opening a clause of what happens as a voice speaks: "cried a terrible voice, as a man started up". */
const MEANWHILE = /^(?:as|while|when)$/;
/** How many items after the voice the clause may open. */
const REACH = 3;

/**
 * "“Hold still!” cried a voice, as a man started up from among the graves": a voice no one owns belongs to the person
 * a clause right after it, in its sentence, brings in as its subject. Null when no such person phrase follows.
 */
export function voiceSeenAs(items: readonly Item[], voice: number): Clause | null {
  const sentence = items[voice].sentence;
  for (let i = voice + 1; i <= voice + REACH && isWord(items[i + 1]) && items[i + 1].sentence === sentence; i++) {
    if (!MEANWHILE.test(items[i].lower)) continue;
    const seen = phraseAfter(items, i + 1, true);
    return seen && (seen.kind === 'name' || (seen.kind === 'phrase' && isPersonNoun(items[seen.last].lower))) ? seen : null;
  }
  return null;
}
