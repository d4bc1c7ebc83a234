import { phraseAfter, type Clause } from './clauses';
import { isVerbModifier } from './lexicon';
import { isWord, type Item } from './narration';

// News puts why a source is unnamed between the subject and the verb after a quotation: "“…,” the diplomat, who also
// asked not to be named, said." The verb of the aside ("asked", "told") is not the clause's; the one after the aside's
// closing comma is, and the phrase before the aside is its subject.

/** How many items a relative aside may take ("who spoke on condition of anonymity because the talks were private"). */
const ASIDE_REACH = 24;

/**
 * The subject of the speech verb after a relative aside, when the clause opening at `start` is a phrase, a comma, a
 * who/which aside and its comma, then that verb (`isSpeechVerb` says which words are speech verbs there).
 */
export function subjectBeforeRelativeAside(items: readonly Item[], start: number, isSpeechVerb: (it: Item) => boolean): Clause | null {
  const np = phraseAfter(items, start, true);
  if (!np || items[np.last + 1]?.text !== ',' || !/^(?:who|whose)$/.test(items[np.last + 2]?.lower ?? '')) return null;
  let k = np.last + 3;
  while (k < items.length && k <= np.last + 2 + ASIDE_REACH && isWord(items[k]) && items[k].sentence === items[start].sentence) k++;
  if (items[k]?.text !== ',') return null;
  k++;
  while (isWord(items[k]) && isVerbModifier(items[k].lower)) k++;
  return isWord(items[k]) && items[k].sentence === items[start].sentence && isSpeechVerb(items[k]) ? { ...np, cue: items[k].text } : null;
}
