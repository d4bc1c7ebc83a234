import { GIVEN_NAME_GENDER } from './givenNames';
import { CALENDAR_WORDS } from './lexicon';
import { isTitleWord, normalizeWord } from './names';
import { isWord, type Item } from './narration';

// A sentence capitalises its first word whatever it is: "Ballot boxes started arriving", "Eighteen months ago,", "Late
// Thursday, her office said". Such a word is a name only where the rest of the text shows it to be one: capitalised
// inside a sentence too ("said Ballard", "Tom Ballard", "Mrs Ballard"), or a given name, or a title.

/** Words (normalised) each text capitalises inside a sentence, not as its first word; read once per text. */
const capitalisedInside = new WeakMap<readonly Item[], ReadonlySet<string>>();

function insideWords(items: readonly Item[]): ReadonlySet<string> {
  let found = capitalisedInside.get(items);
  if (!found) {
    const words = new Set<string>();
    for (let i = 1; i < items.length; i++) if (isWord(items[i]) && items[i].capital && !opensSentence(items, i)) words.add(normalizeWord(items[i].text));
    capitalisedInside.set(items, (found = words));
  }
  return found;
}

function opensSentence(items: readonly Item[], i: number): boolean {
  return i === 0 || items[i - 1].sentence !== items[i].sentence;
}

/** The narration a quotation's own words were read out of: their evidence is the whole text's too. */
const wholeOf = new WeakMap<readonly Item[], readonly Item[]>();

/** Reads the words of a quotation (`words`) as part of the narration `whole` holding it ("“Cliff rang me …”"). */
export function readAsPartOf(words: readonly Item[], whole: readonly Item[]): void {
  wholeOf.set(words, whole);
}

/** Whether item `i` opens its sentence on a capitalised word nothing else in the text shows to be a name. */
function opensOnCommonWord(items: readonly Item[], i: number): boolean {
  const it = items[i];
  if (!isWord(it) || !it.capital || !opensSentence(items, i)) return false;
  const word = normalizeWord(it.text);
  if (GIVEN_NAME_GENDER.has(word) || isTitleWord(it.text)) return false;
  for (let read: readonly Item[] | undefined = items; read; read = wholeOf.get(read)) if (insideWords(read).has(word)) return false;
  return true;
}

/**
 * Whether the capitalised run [first, last] is a sentence's common opening word ("Ballot", "Eighteen"), alone or
 * before a day or a month: a time ("Late Thursday", "Early March"), no name.
 */
export function isCommonOpening(items: readonly Item[], first: number, last: number): boolean {
  return opensOnCommonWord(items, first) && items.slice(first + 1, last + 1).every((x) => CALENDAR_WORDS.test(x.lower));
}
