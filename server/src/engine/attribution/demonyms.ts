import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord } from './names';

// Sports and foreign news name people by their nationality: "Hungarian forward Laszlo Varga" … "the Hungarian said",
// "Dutch winger Ruud Lemmens" … "the Dutchman said". Such a word is a role of the person it was written before, and
// "the Hungarian" refers to them.

/** Nationality nouns not formed like the adjective, by the adjective they go with. */
const NOUN_TO_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dutchman: 'dutch', dutchwoman: 'dutch', frenchman: 'french', frenchwoman: 'french', englishman: 'english',
    englishwoman: 'english', scotsman: 'scottish', scotswoman: 'scottish', scot: 'scottish', welshman: 'welsh',
    welshwoman: 'welsh', irishman: 'irish', irishwoman: 'irish', spaniard: 'spanish', swede: 'swedish', dane: 'danish',
    pole: 'polish', finn: 'finnish', turk: 'turkish', briton: 'british',
  }),
);

/** Nationality words without the usual endings (-an, -ian, -ese, -ish, -i) that are both adjective and noun. */
const PLAIN: ReadonlySet<string> = new Set(['dutch', 'french', 'welsh', 'greek', 'swiss', 'thai', 'czech', 'slovak', 'serb', 'croat', 'kazakh', 'uzbek', 'basque', 'catalan', 'kiwi']);

/** Whether a word as written is a nationality ("Hungarian", "Congolese", "Dutchman"), not a given name such as "Adrian". */
export function isDemonym(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const w = normalizeWord(word);
  return NOUN_TO_ADJECTIVE.has(w) || PLAIN.has(w) || (/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(word) && !GIVEN_NAME_GENDER.has(w));
}

/** The one role key of a nationality noun or adjective ("Dutchman" and "Dutch" are both "dutch"); other words as given. */
export function nationalityKey(word: string): string {
  return NOUN_TO_ADJECTIVE.get(word) ?? word;
}
