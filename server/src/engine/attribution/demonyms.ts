import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

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

/** Countries by the nationality key of their people, for "Scotland's Alasdair Reid" (then "the Scot"). */
const COUNTRY_TO_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    britain: 'british', england: 'english', scotland: 'scottish', wales: 'welsh', ireland: 'irish', denmark: 'danish',
    france: 'french', spain: 'spanish', germany: 'german', italy: 'italian', netherlands: 'dutch', holland: 'dutch',
    sweden: 'swedish', norway: 'norwegian', finland: 'finnish', poland: 'polish', portugal: 'portuguese', turkey: 'turkish',
    belgium: 'belgian', austria: 'austrian', switzerland: 'swiss', greece: 'greek', russia: 'russian', ukraine: 'ukrainian',
    japan: 'japanese', china: 'chinese', australia: 'australian', canada: 'canadian', america: 'american', brazil: 'brazilian',
    mexico: 'mexican', kenya: 'kenyan', nigeria: 'nigerian', ethiopia: 'ethiopian', india: 'indian', egypt: 'egyptian',
  }),
);

/** The nationalities of the countries listed, as adjectives ("indian", "mexican"), read once. */
const LISTED_NATIONALITIES: ReadonlySet<string> = new Set([...COUNTRY_TO_ADJECTIVE.values(), ...NOUN_TO_ADJECTIVE.keys(), ...PLAIN]);

/** Whether a word is a nationality of the lists, not only shaped like one ("Indian", not "Mulligan"). */
export function isListedNationality(word: string): boolean {
  return /^\p{Lu}/u.test(word) && LISTED_NATIONALITIES.has(normalizeWord(word));
}

/**
 * Whether the run [first, last] opens on a nationality before a full name with a common given name ("the American Jess
 * Calloway", "Spaniard Rafael Ortega", "the Hungarian Lena Horvath"): the nationality describes the person and is no
 * part of the name. Any word shaped as a nationality will do, listed or not: a given name after it starts the name.
 */
export function opensOnNationality(items: readonly Item[], first: number, last: number): boolean {
  return first + 1 < last && isDemonym(items[first].text) && GIVEN_NAME_GENDER.has(normalizeWord(items[first + 1].lower));
}

/** How many words after a name's comma its appositive is read for a nationality ("Lars Holm, the Danish wing who"). */
const APPOSITIVE_WORDS = 6;

/** Whether a word as written is a country of the list ("Switzerland"): a place, never a person's own name. */
export function isCountry(word: string): boolean {
  return /^\p{Lu}/u.test(word) && COUNTRY_TO_ADJECTIVE.has(normalizeWord(word));
}

/** Whether a word is a country's possessive ("Scotland's"), which stands before its people's names, not in them. */
export function isCountryPossessive(word: string): boolean {
  return /['’]s$/.test(word) && COUNTRY_TO_ADJECTIVE.has(word.toLowerCase().replace(/['’]s$/, ''));
}

/**
 * The nationality keys the text gives the name [first, last] besides role words before it: its country in the
 * possessive ("Scotland's Alasdair Reid", "Denmark's world champion Mads Holm"), a nationality right before it ("the
 * American Jess Calloway") or a nationality in its appositive,
 * whatever that appositive's head ("Lars Kjeldsen, the Danish wing who joined …").
 */
export function nationalitiesOf(items: readonly Item[], first: number, last: number): string[] {
  const keys: string[] = [];
  let k = first - 1;
  while (k > first - 4 && isWord(items[k]) && !items[k].capital) k--;
  if (isWord(items[k]) && items[k].capital && isCountryPossessive(items[k].text)) keys.push(COUNTRY_TO_ADJECTIVE.get(items[k].lower.replace(/['’]s$/, ''))!);
  else if (k === first - 1 && isWord(items[k]) && opensOnNationality(items, k, last)) keys.push(nationalityKey(normalizeWord(items[k].lower)));
  if (items[last + 1]?.text === ',' && /^(?:the|a|an)$/.test(items[last + 2]?.lower ?? '')) {
    for (let j = last + 3; j < last + 3 + APPOSITIVE_WORDS && isWord(items[j]) && items[j].sentence === items[last].sentence; j++) {
      if (isDemonym(items[j].text)) keys.push(nationalityKey(normalizeWord(items[j].lower)));
    }
  }
  return keys;
}
