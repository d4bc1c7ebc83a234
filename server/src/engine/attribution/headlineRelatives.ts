import { DETERMINERS, SPEECH_VERBS } from './lexicon';
import { isHeadline } from './bodies';
import { tieOf } from './kinship';
import { normalizeWord } from './names';
import { sentenceStart, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// A headline drops its articles and owners: "Man arrested over murder of Ann Kerr as sister says “…”". The bare kin
// noun is the relative of the one the headline named before it, as the story names them later ("Ann's sister, Joan
// Kerr"), read through the ties the whole text stated.

/**
 * The relative a headline's bare kin noun right before the speech verb cueing the quotation at item `qi` stands for,
 * with the items of that noun and verb.
 */
export function headlineRelative(items: readonly Item[], table: PeopleTable, qi: number): { person: PersonRecord; noun: number; verb: number } | null {
  const verb = items[qi - 1]?.kind === 'word' ? qi - 1 : qi - 2;
  const noun = items[verb - 1];
  if (!SPEECH_VERBS.has(items[verb]?.lower ?? '') || noun?.kind !== 'word' || noun.capital || !tieOf(noun.lower)) return null;
  if (DETERMINERS.has(items[verb - 2]?.lower ?? '') || /['’]s$/.test(items[verb - 2]?.text ?? '')) return null;
  const start = sentenceStart(items, verb);
  if (!isHeadline(items, start)) return null;
  const owner = table.mentionsWithin(start, verb - 2).pop()?.person;
  const person = owner ? table.relativeBy(owner, normalizeWord(noun.lower)) : null;
  return person ? { person, noun: verb - 1, verb } : null;
}
