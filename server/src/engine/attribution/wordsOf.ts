import type { Clause } from './clauses';
import { PRONOUN_GENDER } from './lexicon';
import { isWord, type Item } from './narration';

// Features quote a phrase as someone's own wording: "He had, in his mother's words, “a life with weekends in it.”" or
// "in the words of one parishioner, “…”". The owner of the words is the speaker, as "according to" names one.

/** How many words the owner of "… words" may take ("his mother's", "the old skipper's"). */
const OWNER_WORDS = 4;

/** "in his mother's words, “…”", "in Peadar's words:", "in her words": the words' owner, just before quotation item `q`. */
export function wordsOwnerBefore(items: readonly Item[], q: number, floor: number): Clause | null {
  let k = q - 1;
  if (items[k]?.text === ',' || items[k]?.text === ':') k--;
  if (k > floor && isWord(items[k]) && items[k].lower !== 'words') return wordsOfBefore(items, k, floor);
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

/** How many words the one "in the words of" names may take ("one parishioner", "his own brother"). */
const OF_WORDS = 6;

/** "in the words of one parishioner, “…”": the one named after "of", ending at item `last`. */
function wordsOfBefore(items: readonly Item[], last: number, floor: number): Clause | null {
  let of = last - 1;
  while (of > floor && last - of <= OF_WORDS && isWord(items[of]) && items[of].lower !== 'of') of--;
  const [words, the, inn] = [items[of - 1], items[of - 2], items[of - 3]];
  if (items[of]?.lower !== 'of' || words?.lower !== 'words' || the?.lower !== 'the' || inn?.lower !== 'in' || of - 3 <= floor) return null;
  const named = items.slice(of + 1, last + 1).every((it) => it.capital);
  return { cue: 'in the words of', first: of + 1, last, kind: named ? 'name' : 'phrase' };
}
