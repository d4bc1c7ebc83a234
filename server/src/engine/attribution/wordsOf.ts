import type { Clause } from './clauses';
import { PRONOUN_GENDER } from './lexicon';
import { isWord, type Item } from './narration';

// Features quote a phrase as someone's own wording: "He had, in his mother's words, “a life with weekends in it.”" or
// "in the words of his coach, “…”". The owner of the words is the speaker, as "according to" names one.

/** How many words the owner of "… words" may take ("his mother's", "the old skipper's"). */
const OWNER_WORDS = 4;

/** "in his mother's words, “…”", "in Peadar's words:", "in her words": the words' owner, just before quotation item `q`. */
export function wordsOwnerBefore(items: readonly Item[], q: number, floor: number): Clause | null {
  let k = q - 1;
  if (items[k]?.text === ',' || items[k]?.text === ':') k--;
  if (k <= floor || !isWord(items[k]) || items[k].lower !== 'words') return null;
  const last = k - 1;
  const owner = items[last];
  if (!isWord(owner)) return null;
  // "in her words": the pronoun is the speaker.
  if (PRONOUN_GENDER.has(owner.lower) && items[last - 1]?.lower === 'in') return { cue: 'in … words', first: last, last, kind: 'pronoun' };
  if (!/['’]s?$/u.test(owner.text) || owner.lower === 'its') return null;
  let first = last;
  while (first > floor && last - first < OWNER_WORDS && isWord(items[first - 1]) && items[first - 1].lower !== 'in') first--;
  if (items[first - 1]?.lower !== 'in') return null;
  const named = items.slice(first, last + 1).every((it) => it.capital);
  return { cue: 'in … words', first, last, kind: named ? 'name' : 'phrase' };
}
