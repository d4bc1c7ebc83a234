import { bare, bodyCapitals } from './bodyCapitals';
import { GIVEN_NAME_GENDER } from './givenNames';
import { bodyOpening } from './headings';
import { isTitleWord } from './names';
import { isWord, type Item } from './narration';

// A headline is cut down and set in title case: "Hurdler Ashby tells tribunal …", "Striker Kane signs". The
// capitalised word before the surname there is what the person is ("fellow hurdler Jessamy Orr", written in lower
// case in the story), not a given name: the headline means the body's Ashby, whom it names in full.

/**
 * Whether item `first`, opening the name run `first`…`last`, is a headline's descriptor: a heading's word that is no
 * common given name nor title, before a surname the story's body writes, which never writes that word as a name.
 */
export function isHeadlineDescriptor(items: readonly Item[], first: number, last: number): boolean {
  const it = items[first];
  const body = bodyOpening(items);
  if (first >= last || !isWord(it) || it.paragraph >= body || GIVEN_NAME_GENDER.has(it.lower) || isTitleWord(it.text)) return false;
  const capitals = bodyCapitals(items);
  return !capitals.written.has(it.text) && capitals.bare.has(bare(items[last].text));
}
