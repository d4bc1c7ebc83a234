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

/** How many items, and paragraphs, after the voice its owner may be named: after the answer to it, at most. */
const NAMING_REACH = 120;
const PARAGRAPH_REACH = 2;

/**
 * "said a voice I did not expect, and it was Mr. Gosling's", "came a voice from the settle. ¶ The voice belonged to
 * Abel Brand": a voice no one owns is the one the narration names as its owner right after it. Null when it does not.
 */
export function voiceNamedAfter(items: readonly Item[], voice: number): Clause | null {
  const paragraph = items[voice].paragraph;
  for (let i = voice + 1; i + 3 < items.length && i <= voice + NAMING_REACH && items[i].paragraph <= paragraph + PARAGRAPH_REACH; i++) {
    const owner = ownerNamedAt(items, i, voice);
    if (owner) return owner;
  }
  return null;
}

/** The name that "it was …'s" (in the voice's sentence) or "The voice belonged to …", "The voice was …'s" gives at item `i`. */
function ownerNamedAt(items: readonly Item[], i: number, voice: number): Clause | null {
  const w = (k: number) => (isWord(items[k]) ? items[k].lower : '');
  let at = -1;
  if (w(i) === 'it' && w(i + 1) === 'was' && items[i].sentence === items[voice].sentence) at = i + 2;
  else if (w(i) === 'the' && w(i + 1) === 'voice' && items[i].sentence !== items[voice].sentence) {
    if (w(i + 2) === 'belonged' && w(i + 3) === 'to') at = i + 4;
    else if (w(i + 2) === 'was') at = i + 3;
  }
  const named = at >= 0 ? phraseAfter(items, at) : null;
  return named?.kind === 'name' ? named : null;
}
