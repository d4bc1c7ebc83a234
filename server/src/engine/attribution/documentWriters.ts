import { DETERMINERS, KIN, PRONOUN_GENDER, SPEECH_VERBS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isCapitalised, isRoleNoun, type PeopleTable } from './people';
import { GIVEN_NAME_GENDER } from './givenNames';

// A document speaks as itself ("The letter adds", "Her resignation letter warned"), but a statement is its issuer's
// voice: "The company said in a statement … “…,” the statement said", "His statement said". bodies.ts finds the
// document; these read a statement's issuer from the words around it.

/** Documents that speak for their issuer, not as themselves: an affidavit is its deponent's sworn statement. */
export const WRITTEN_BY = /^(?:statement|affidavit)$/;

/** Verbs by which someone writes or issues a document ("Dan Hurst wrote that", "Marlinspike issued a statement"). */
const WRITING_VERBS = /^(?:wrote|writes|signed|signs|sent|sends|issued|issues)$/;

/** What one person writes to another: a letter or an email "from" a named person is theirs (see personalAuthorAfter). */
export const CORRESPONDENCE = /^(?:letter|email|e-mail|message|note|text)$/;

/**
 * "The email, from process engineer Ana Roth, … It read:": a letter or an email from a person the text names is that
 * person's words; one from a body ("a letter from the council") or from someone unnamed ("an email from a sergeant")
 * speaks as itself.
 */
export function personalAuthorAfter(original: string, items: readonly Item[], table: PeopleTable, noun: number): string | null {
  if (!CORRESPONDENCE.test(normalizeWord(items[noun].lower))) return null;
  const author = authorAfter(original, items, table, noun);
  const person = author === null ? null : table.personNamed(author);
  return person && !table.organisations.has(person) ? person.name : null;
}

/** Participles by which a document names its author after it ("The statement, signed by Tom Reed,"). */
const AUTHORED = /^(?:signed|written|penned|drafted|authored)$/;

/**
 * "The statement, signed by chief executive Tom Reed, says", "a statement from Tom Reed": the issuer named right after the
 * document noun at item `noun`, after a participle's "by" or, for a letter, an email, a memo or a statement, "from";
 * a person the table knows or a name with a common given name, past a role or two.
 */
export function authorAfter(original: string, items: readonly Item[], table: PeopleTable, noun: number): string | null {
  let k = items[noun + 1]?.text === ',' ? noun + 2 : noun + 1;
  if (isWord(items[k]) && AUTHORED.test(items[k].lower) && items[k + 1]?.lower === 'by') k += 2;
  else if (items[k]?.lower === 'from' && (WRITTEN_BY.test(normalizeWord(items[noun].lower)) || CORRESPONDENCE.test(normalizeWord(items[noun].lower)))) k++;
  else return null;
  // "from the head teacher, Rachel Tan,": a role with its article, then the name in apposition.
  const article = items[k]?.lower === 'the' ? k + 1 : k;
  let j = article;
  while (j < article + 3 && isWord(items[j]) && !items[j].capital && !DETERMINERS.has(items[j].lower) && items[j].sentence === items[noun].sentence) j++;
  if (article > k && items[j]?.text === ',' && isRoleNoun(items[j - 1].lower)) j++;
  const run = isCapitalised(items[j]) && items[j].sentence === items[noun].sentence ? table.runAfter(j) : null;
  if (!run) return null;
  const person = table.mentionAt(run[0])?.person;
  if (person) return person.name;
  return run[1] > run[0] && GIVEN_NAME_GENDER.has(normalizeWord(items[run[0]].lower)) ? original.slice(items[run[0]].start, items[run[1]].end) : null;
}

/** The named person or body mentioned last before a writing verb of the sentence [start, end], not by a pronoun. */
export function writerBefore(items: readonly Item[], table: PeopleTable, start: number, end: number): string | null {
  let verb = start;
  while (verb <= end && !(isWord(items[verb]) && WRITING_VERBS.test(items[verb].lower))) verb++;
  if (verb > end) return null;
  const named = table.mentionsWithin(start, verb - 1).filter((m) => items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower) && !/['’]s$/.test(items[m.item].text));
  return named.length > 0 ? named[named.length - 1].person.name : null;
}

/** Verbs that put a statement out ("issued", "released", "put out"): their subject is its issuer. */
const ISSUING = /^(?:issued|issues|issue|released|releases|release|published|publishes|put|puts)$/;

/** How many modifiers may stand between a statement's article and its noun ("a brief written statement"). */
const STATEMENT_MODIFIERS = 2;

/**
 * "His spokeswoman, Tanya Brooks, later issued a statement", "The club put out a short statement": the issuing verb
 * whose object is the statement at item `noun`, or -1.
 */
export function issuingVerbOf(items: readonly Item[], noun: number): number {
  let det = noun - 1;
  while (det > noun - 1 - STATEMENT_MODIFIERS && isWord(items[det]) && !items[det].capital && !DETERMINERS.has(items[det].lower)) det--;
  if (!isWord(items[det]) || !/^(?:a|an|the|its|their|his|her)$/.test(items[det].lower)) return -1;
  const verb = items[det - 1]?.lower === 'out' ? det - 2 : det - 1;
  const put = /^puts?$/.test(items[verb]?.lower ?? '');
  return isWord(items[verb]) && ISSUING.test(items[verb].lower) && put === (verb === det - 2) ? verb : -1;
}

/** How many words after "on behalf of" may name whom a statement speaks for (its phrase is read from them). */
const BEHALF_WORDS = 6;

/**
 * "read a statement on behalf of the Hendry family", "on their behalf", "on Tom Reed's behalf": the first and last
 * items of whom a statement, its noun at item `noun`, speaks for, within the sentence up to item `end`: a statement read
 * or issued for someone is theirs, not its reader's.
 */
export function behalfOf(items: readonly Item[], noun: number, end: number): [number, number] | null {
  for (let k = noun + 1; k < end; k++) {
    if (items[k].kind === 'quote') return null;
    if (items[k].lower !== 'on') continue;
    if (items[k + 1]?.lower === 'behalf' && items[k + 2]?.lower === 'of' && k + 3 <= end) {
      let last = k + 3;
      while (last + 1 <= end && last < k + 3 + BEHALF_WORDS && isWord(items[last + 1])) last++;
      return [k + 3, last];
    }
    let behalf = k + 1;
    while (behalf < end && behalf < k + 5 && isWord(items[behalf]) && items[behalf].lower !== 'behalf') behalf++;
    if (items[behalf]?.lower === 'behalf' && behalf > k + 1) return [k + 1, behalf - 1];
  }
  return null;
}

/** How many words may stand between "in a" and the document's noun ("in a brief written statement"). */
const DOCUMENT_MODIFIERS = 2;

/**
 * "The ORS said in a statement that …", "The head of the school, David Oyelaran, said in a statement": the name that is
 * the subject of a speech verb followed by "in a statement" (the noun `noun`) in the sentence [start, end], as its first
 * and last items: the capitalised words right before the verb, or before its comma when the name stands in apposition
 * to a role.
 */
export function issuerSaying(items: readonly Item[], start: number, end: number, noun: string): [number, number] | null {
  for (let verb = start + 1; verb < end; verb++) {
    if (!isWord(items[verb]) || !SPEECH_VERBS.has(items[verb].lower) || items[verb + 1]?.lower !== 'in' || !DETERMINERS.has(items[verb + 2]?.lower ?? '')) continue;
    let k = verb + 3;
    while (k < verb + 3 + DOCUMENT_MODIFIERS && isWord(items[k]) && normalizeWord(items[k].lower) !== noun) k++;
    if (normalizeWord(items[k]?.lower ?? '') !== noun) continue;
    const last = items[verb - 1]?.text === ',' ? verb - 2 : verb - 1;
    if (last < start || !isCapitalised(items[last]) || DETERMINERS.has(items[last].lower)) return null;
    let first = last;
    while (first - 1 >= start && isCapitalised(items[first - 1]) && !DETERMINERS.has(items[first - 1].lower)) first--;
    // "The hospital trust that runs St. Brennan's said in a statement": a name after a verb or a preposition is its
    // object, no subject; the subject's name opens the sentence, follows its determiner or stands in apposition.
    const before = items[first - 1];
    if (first > start && isWord(before) && !before.capital && !DETERMINERS.has(before.lower)) return null;
    return [first, last];
  }
  return null;
}

/**
 * "His statement said", "Her husband's statement, read by …, said": a document phrase [first, last] a possessive gives
 * an owner is that person's: the one the his/her refers to, or their relative the text made so ("Her husband" is
 * Luke Dobson); an unnamed relative as written.
 */
export function ownerOfDocument(items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  const owner = items[first];
  if (!/^(?:his|her)$/.test(owner.lower)) return null;
  const person = table.mentionAt(first)?.person ?? null;
  if (last === first + 1) return person?.name ?? null;
  const kin = items[first + 1];
  if (last !== first + 2 || !/['’]s$/.test(kin.text)) return null;
  const noun = normalizeWord(kin.lower.replace(/['’]s$/, ''));
  if (!KIN.has(noun)) return null;
  return (person && table.relativeBy(person, noun)?.name) || `${owner.lower} ${noun}`;
}
