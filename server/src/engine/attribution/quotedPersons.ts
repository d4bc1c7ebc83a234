import { isKnownPersonNoun } from './clauses';
import { GIVEN_NAME_GENDER } from './givenNames';
import { roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "“Gwen handing out pints at three in the morning … She said, ‘…’”": a speaker who brings someone up by name and
// then reports what "she" said means the one just named, whoever the narration around the quotation is about.

/** How many of a quotation's items before a quotation inside it are read for a name. */
const NAME_REACH = 60;

/**
 * The name of the person of `gender` the words of a quotation (`words`, its own narration items) name last before item
 * `before`, other than its speaker, as the table knows them; or, for one the narration never named ("Teddy looked at
 * me and he said"), as written, when their given name is of that gender. Null when they name no one of that gender.
 */
export function namedInQuotation(words: readonly Item[], before: number, gender: Gender, table: PeopleTable, speaker: PersonRecord | null): string | null {
  let last = before - 1;
  for (let i = before - 1; i >= 0 && i >= before - NAME_REACH; i--) {
    const w = words[i];
    if (!isWord(w) || !w.capital) {
      last = i - 1;
      continue;
    }
    // A run of capitalised words ends at `last`; read it whole once its first word is reached.
    if (isWord(words[i - 1]) && words[i - 1].capital && i - 1 >= before - NAME_REACH) continue;
    // The longest tail of the run that names someone: a sentence's first word may only be capitalised ("When Lena").
    const run = words.slice(i, last + 1).map((x) => x.text);
    let known = false;
    for (let k = 0; k < run.length; k++) {
      const p = table.personNamed(run.slice(k).join(' '));
      if (!p) continue;
      // "His dad, Mark Fenwick," is not Callum Fenwick: a given name other than the person's is another of that surname.
      if (otherGivenName(run, p)) break;
      if (p !== speaker && table.gender(p) === gender) return p.name;
      known = true;
      break;
    }
    // A name in the possessive is an owner ("Teddy's hat"), not one who speaks.
    if (!known && GIVEN_NAME_GENDER.get(run[0].toLowerCase()) === gender && !/['’]s?$/u.test(run[run.length - 1])) return run.join(' ');
    last = i - 1;
  }
  return null;
}

/** Whether a name of two words or more opens on a given name that is not the given name of `p`, whom it was read as. */
function otherGivenName(name: readonly string[], p: PersonRecord): boolean {
  const given = name[0].toLowerCase();
  return name.length > 1 && p.core.length > 1 && GIVEN_NAME_GENDER.has(given) && p.core[0].toLowerCase() !== given;
}

/** How many turns, and paragraphs, back a he/she inside a quotation seeks whom the talk is about. */
const TURNS_BACK = 3;
/** How many items either way a narration item's sentence is read for a quotation. */
const SENTENCE_REACH = 40;

/** Whether narration item `i` stands in a sentence with a quotation: a speech clause's, naming who speaks. */
function inQuotedSentence(items: readonly Item[], i: number): boolean {
  const inSentence = (k: number) => k >= 0 && k < items.length && Math.abs(k - i) <= SENTENCE_REACH && items[k].sentence === items[i].sentence;
  for (let k = i - 1; inSentence(k); k--) if (items[k].kind === 'quote') return true;
  for (let k = i + 1; inSentence(k); k++) if (items[k].kind === 'quote') return true;
  return false;
}

/**
 * "“Did you see Elena?” ¶ “I saw her. … She said, ‘…’”": the quotations of the talk just before the one at item `qi`,
 * latest first, for the one a he/she its words retell goes on about. They stop at narration bringing up anyone of
 * `gender` outside a speech clause's sentence ("She had not seen him for months when he knocked. ¶ “He kept
 * saying, ‘…’”"): that he/she is the narration's, not the talk's.
 */
export function turnsBefore(items: readonly Item[], table: PeopleTable, qi: number, gender: Gender): number[] {
  const turns: number[] = [];
  for (let i = qi - 1; i >= 0 && turns.length < TURNS_BACK && items[qi].paragraph - items[i].paragraph <= TURNS_BACK; i--) {
    const it = items[i];
    if (it.kind === 'quote') turns.push(it.quote);
    else if (table.mentionsWithin(i, i).some((m) => table.gender(m.person) === gender) && !inQuotedSentence(items, i)) break;
  }
  return turns;
}

/** The person of `gender` the last of `turns` (latest first) to name anyone of that gender names, as `namedInQuotation` reads them. */
export function namedInTurns(turns: readonly (readonly Item[])[], gender: Gender, table: PeopleTable, speaker: PersonRecord | null): string | null {
  for (const words of turns) {
    const named = namedInQuotation(words, words.length, gender, table, speaker);
    if (named) return named;
  }
  return null;
}

/** How many words a description in a quotation may hold between its article and its noun ("a tall old man"). */
const DESCRIPTION_MODIFIERS = 3;
/** How many of a quotation's items before a quotation inside it are read for a description: a told story's stranger stays. */
const DESCRIPTION_REACH = 150;

/**
 * "“… there was a man standing with a lantern. … and he said, ‘…’”": the stranger of `gender` the words of a quotation
 * bring in, by an indefinite description with a person noun of that gender, last before item `before` ("a man").
 */
export function describedInQuotation(words: readonly Item[], before: number, gender: Gender): string | null {
  const gendered = describedBy(words, before, before - DESCRIPTION_REACH, (noun) => roleGender(noun) === gender);
  if (gendered) return gendered;
  // "When I asked an officer where …, she said, ‘…’": one of no sex brought into the clause's own sentence, whom the
  // sentence then has answer.
  const sentence = before < words.length ? words[before].sentence : words[before - 1]?.sentence;
  let from = before;
  while (from > 0 && words[from - 1].sentence === sentence) from--;
  return describedBy(words, before, from, (noun) => roleGender(noun) === null && isKnownPersonNoun(noun));
}

/** The last "a/an <modifiers> <noun>" before item `before`, from item `from` on, whose noun `fits`, lower-cased. */
function describedBy(words: readonly Item[], before: number, from: number, fits: (noun: string) => boolean): string | null {
  for (let i = before - 1; i >= 0 && i >= from; i--) {
    if (!isWord(words[i]) || !/^(?:a|an)$/.test(words[i].lower)) continue;
    for (let j = i + 1; j <= i + 1 + DESCRIPTION_MODIFIERS && j < before && isWord(words[j]) && !words[j].capital; j++) {
      if (!fits(normalizeWord(words[j].lower))) continue;
      return words.slice(i, j + 1).map((w) => w.text).join(' ').toLowerCase();
    }
  }
  return null;
}

/** How many narration items back a speaker's earlier quotation of the same paragraph is sought. */
const SPLIT_REACH = 40;

/**
 * "“Gwen handing out pints …,” he says. “She said, ‘…’”": the quotation (its index) the same speaker's words at item
 * `qi` go on from, split off by the attribution between them, or null.
 */
export function earlierPartOf(items: readonly Item[], qi: number, sameSpeaker: (quote: number) => boolean): number | null {
  for (let k = qi - 1; k >= 0 && k >= qi - SPLIT_REACH && items[k].paragraph === items[qi].paragraph; k--) {
    if (items[k].kind === 'quote') return sameSpeaker(items[k].quote) ? items[k].quote : null;
  }
  return null;
}

/**
 * "Afterwards she just held Isla up to the light and said, ‘…’": whether the words after the pronoun at item `pronoun`,
 * up to the quotation it brings in, name `person`, who then is not that pronoun.
 */
export function namedInOwnClause(words: readonly Item[], pronoun: number, person: PersonRecord, table: PeopleTable): boolean {
  for (let i = pronoun + 1; i < words.length && i <= pronoun + NAME_REACH && words[i].kind !== 'quote'; i++) {
    if (isWord(words[i]) && words[i].capital && table.personNamed(words[i].text) === person) return true;
  }
  return false;
}

/** "He says, ‘Tell Mr. Pidgeon …’": whether the quotation the pronoun at item `pronoun` brings in names `person` among its words. */
export function namedInReport(words: readonly Item[], pronoun: number, person: PersonRecord): boolean {
  const report = words.slice(pronoun).find((w) => w.kind === 'quote');
  if (!report) return false;
  const said = new Set(report.text.split(/[^\p{L}'’-]+/u).map(normalizeWord));
  return person.core.some((w) => said.has(normalizeWord(w)));
}
