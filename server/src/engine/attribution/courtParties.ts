import { isVerbModifier } from './lexicon';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// Court copy names a party once, by what they did in the case ("Kyle Barraclough, 41, of Moor Lane, pleaded guilty",
// "Ms Birtwhistle, 31, gave evidence"), and then calls them by their part in it: "the defendant told officers", "the
// witness said". A bare "the defendant" or "the witness" is the last one the text made the subject of that part's
// verb; a list of cases, each with its own defendant, names each before calling them so.

/** Verbs of a defendant's part, past auxiliaries: pleading, admitting, denying, being charged or sentenced. */
const DEFENDANT_VERBS = /^(?:pleaded|pleads|pled|admitted|admits|denied|denies|accused|charged|convicted|sentenced|jailed)$/;
/** Words of a witness's part: "gave evidence", "testified". */
const WITNESS_VERBS = /^(?:testified|testifies|testifying)$/;
const GIVING = /^(?:gave|gives|giving|give)$/;
/** Auxiliaries between a subject and its verb ("is accused", "has been jailed"). */
const AUXILIARIES = /^(?:is|was|has|had|have|been|being|were|are)$/;
/** How many items an aside between commas may take ("of Cobden Terrace, Thornbury"). */
const ASIDE_REACH = 12;
/** How many asides may stand between a name and its verb ("Kyle Barraclough, 41, of Moor Lane, Edgeley, pleaded"). */
const ASIDES = 3;

/** The role nouns court copy calls a party by, and whether the verb at item `k` is that party's. */
const PARTS: ReadonlyMap<string, (items: readonly Item[], k: number) => boolean> = new Map([
  ['defendant', (items: readonly Item[], k: number) => DEFENDANT_VERBS.test(items[k].lower)],
  ['accused', (items: readonly Item[], k: number) => DEFENDANT_VERBS.test(items[k].lower)],
  ['witness', (items: readonly Item[], k: number) => WITNESS_VERBS.test(items[k].lower) || (GIVING.test(items[k].lower) && items[k + 1]?.lower === 'evidence')],
]);

/** Whether the name opening at item `at` is the subject of a verb `isPart` accepts: the name, asides between commas, auxiliaries and adverbs, the verb. */
function subjectOf(items: readonly Item[], at: number, isPart: (items: readonly Item[], k: number) => boolean): boolean {
  let k = at + 1;
  while (isWord(items[k]) && items[k].capital && items[k].sentence === items[at].sentence) k++;
  for (let asides = 0; items[k]?.text === ',' && asides < ASIDES; asides++) {
    let close = k + 1;
    while (close < items.length && close <= k + ASIDE_REACH && items[close].text !== ',' && items[close].sentence === items[at].sentence) close++;
    if (items[close]?.text !== ',') return false;
    k = close;
    let v = close + 1;
    while (isWord(items[v]) && (AUXILIARIES.test(items[v].lower) || isVerbModifier(items[v].lower))) v++;
    if (isWord(items[v]) && isPart(items, v)) return true;
  }
  while (isWord(items[k]) && (AUXILIARIES.test(items[k].lower) || isVerbModifier(items[k].lower))) k++;
  return isWord(items[k]) && isPart(items, k);
}

/** Whether the name at item `at` opens its sentence, past the capitalised words of the name ("Mr Draycott"): its subject, not a place in an aside. */
function opensSentence(items: readonly Item[], at: number): boolean {
  let k = at;
  while (k > 0 && items[k - 1].sentence === items[k].sentence && isWord(items[k - 1]) && items[k - 1].capital) k--;
  return k === 0 || items[k - 1].sentence !== items[k].sentence;
}

/**
 * The person a bare "the defendant", "the accused" or "the witness" (its noun `noun`) at item `at` is: the last one
 * before it the text made the subject of that part's verb. Null for any other noun.
 */
export function courtParty(items: readonly Item[], table: PeopleTable, at: number, noun: string): PersonRecord | null {
  const isPart = PARTS.get(noun);
  if (!isPart || at === 0) return null;
  const mentions = table.mentionsWithin(0, at - 1);
  for (let m = mentions.length - 1; m >= 0; m--) {
    const { item, person } = mentions[m];
    if (!table.organisations.has(person) && opensSentence(items, item) && subjectOf(items, item, isPart)) return person;
  }
  return null;
}
