import { FUNCTION_WORDS, HONORIFIC_GENDER } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Peder and Agnete Holmgren", "Mr and Mrs Walsh": two people sharing the surname written once. The first is a person
// of that surname too, so "her husband" and "Mr Walsh" later find him.

/** Learns the first of every couple written with one surname into the table, with a mention where the text names them. */
export function learnCouples(items: readonly Item[], table: PeopleTable): void {
  // Read from the mentions of the second of the couple, far fewer than the words. A copy: the table grows meanwhile.
  for (const mention of [...table.mentions]) {
    const i = mention.item - 2;
    const first = items[i];
    if (!isWord(first) || !first.capital || items[i + 1].lower !== 'and' || items[i + 1].sentence !== first.sentence) continue;
    if (isWord(items[i - 1]) && items[i - 1].capital && items[i - 1].sentence === first.sentence) continue;
    const w = normalizeWord(first.text);
    const title = HONORIFIC_GENDER.get(w);
    const second = table.mentionAt(i + 2)?.person;
    const run = table.runAfter(i + 2);
    if (!second || !run || run[0] !== i + 2) continue;
    const surname = second.core[second.core.length - 1];
    let one: PersonRecord;
    if (title !== undefined && title !== null) {
      // "Mr and Mrs Walsh": the surname after the second title.
      if (!HONORIFIC_GENDER.get(normalizeWord(items[i + 2].text)) || run[1] !== i + 3) continue;
      one = table.addNamed([surname], i, title);
    } else if (!FUNCTION_WORDS.has(w) && title === undefined && run[1] === i + 3 && second.core.length === 2) {
      // "Peder and Agnete Holmgren": a given name, then the other's full name.
      one = table.addNamed([first.text, surname], i, null);
    } else continue;
    if (married(items, table, i, one, second)) table.kinship.add(one, 'spouse', second);
  }
}

/** Plural kin nouns that make two of one surname siblings or children, not a couple: "their sons, Tom and Ben Hale". */
const NOT_A_COUPLE = /^(?:children|kids|sons|daughters|brothers|sisters|siblings|twins|grandchildren|grandsons|granddaughters|cousins|nephews|nieces)$/;
/** How many items before a couple its kin noun may stand ("their two sons,"). */
const NOUN_REACH = 4;

/**
 * "Their parents, Denise and Carl Greer,", "Mr and Mrs Walsh": a couple written with one surname is married, so "her
 * husband" is the other of them (not a son of that surname), unless the words before make them siblings or children,
 * or both are shown to be of one gender.
 */
function married(items: readonly Item[], table: PeopleTable, i: number, one: PersonRecord, other: PersonRecord): boolean {
  const [a, b] = [table.gender(one), table.gender(other)];
  if (a && a === b) return false;
  for (let k = i - 1; k >= 0 && k >= i - NOUN_REACH && items[k].sentence === items[i].sentence; k--) {
    if (NOT_A_COUPLE.test(items[k].lower)) return false;
  }
  return true;
}
