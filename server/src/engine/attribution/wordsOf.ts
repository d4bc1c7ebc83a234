import type { Clause } from './clauses';
import { PRONOUN_GENDER } from './lexicon';
import { isWord, type Item } from './narration';

// Features quote a phrase as someone's own wording: "He had, in his mother's words, “a life with weekends in it.”",
// "in the words of one parishioner, “…”", "It was, by her own account, “mostly brown paper.”". The owner of the words
// is the speaker, as "according to" names one.

/** How many words the owner of "… words" may take ("his mother's", "the old skipper's"). */
const OWNER_WORDS = 4;

/** The nouns that give someone's own wording, each with its preposition: "in her words", "by her own account". */
const OWN_WORDING: ReadonlyMap<string, string> = new Map([['words', 'in'], ['account', 'by'], ['admission', 'by']]);

/**
 * "in his mother's words, “…”", "in Peadar's words:", "in her own words", "by her own account,": the wording's owner,
 * just before quotation item `q`.
 */
export function wordsOwnerBefore(items: readonly Item[], q: number, floor: number): Clause | null {
  let k = q - 1;
  if (items[k]?.text === ',' || items[k]?.text === ':') k--;
  const prep = isWord(items[k]) ? OWN_WORDING.get(items[k].lower) : undefined;
  if (k > floor && isWord(items[k]) && !prep) return wordsOfBefore(items, k, floor);
  if (k <= floor || !prep) return null;
  const cue = `${prep} … ${items[k].lower}`;
  const last = items[k - 1]?.lower === 'own' ? k - 2 : k - 1;
  const owner = items[last];
  if (!isWord(owner)) return null;
  // "in her words": the pronoun is the speaker.
  if (PRONOUN_GENDER.has(owner.lower) && items[last - 1]?.lower === prep) return { cue, first: last, last, kind: 'pronoun' };
  if (!/['’]s?$/u.test(owner.text) || owner.lower === 'its') return null;
  let first = last;
  while (first > floor && last - first < OWNER_WORDS && isWord(items[first - 1]) && items[first - 1].lower !== prep) first--;
  if (items[first - 1]?.lower !== prep) return null;
  const named = items.slice(first, last + 1).every((it) => it.capital);
  return { cue, first, last, kind: named ? 'name' : 'phrase' };
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
