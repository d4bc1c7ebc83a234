import { PRONOUN_GENDER, type Gender } from './lexicon';
import { isWord, type Item } from './narration';

// Fiction keeps some people unnamed for a whole story ("The rider came in off the flats, walking his horse"): their
// noun ("rider", "stranger", "newcomer") says nothing of their sex, but the narration's pronouns do, and a conversation
// must not reread such a phrase as a named person of the other sex.

/**
 * The gender the narration's pronouns give a definite description (`phrase`, "the rider"): at each place the narration
 * writes it, the first he/his/himself or she/hers/herself after it in its sentence, before any other name. Null
 * unless every such pronoun agrees.
 */
export function describedGender(items: readonly Item[], phrase: string): Gender | null {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length < 2 || words[0] !== 'the') return null;
  let found: Gender | null = null;
  for (let i = 0; i + words.length <= items.length; i++) {
    if (!words.every((w, k) => isWord(items[i + k]) && items[i + k].lower === w)) continue;
    const gender = pronounAfter(items, i + words.length);
    if (!gender) continue;
    if (found && found !== gender) return null;
    found = gender;
  }
  return found;
}

/**
 * The gender of the first he/she word from item `from` on in its sentence, unless a name comes first (a he or she
 * opening the next sentence is as often someone the sentence brought in: "The surgeon handed it to her. She …").
 */
export function pronounAfter(items: readonly Item[], from: number): Gender | null {
  const sentence = items[from - 1]?.sentence;
  for (let k = from; k < items.length && items[k].sentence === sentence; k++) {
    const it = items[k];
    if (it.kind === 'quote') return null;
    if (!isWord(it)) continue;
    // "the technician tells her": a her or a him is as often someone else, the object of the description's verb.
    const gender = /^(?:her|him)$/.test(it.lower) ? undefined : PRONOUN_GENDER.get(it.lower);
    if (gender) return gender;
    // "… watched by Nell, who …": a name between gives the pronoun another antecedent.
    if (it.capital && items[k - 1]?.sentence === it.sentence) return null;
  }
  return null;
}
