import type { Clause } from './clauses';
import { vocativesIn } from './dialogue';
import { kinNounAfter, tieOf } from './kinship';
import { KIN, PRONOUN_GENDER } from './lexicon';
import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "“You oughtn't to have gone, Henrietta,” said her sister.": a relative speaking to someone by name is that person's
// relative. The his/her of a speech clause's kin phrase is whom the clause's own quotation addresses, when that one is
// of the pronoun's gender, not whoever the narration last named: the speaker is the addressee's relative, never the
// addressee, and never someone the text did not make that relative.

/** How many items a speech clause's quotation may lie from it: the cue verb, a comma. */
const CLAUSE_REACH = 3;

/** Kin words that title names ("Uncle John", "Aunt Polly"): one called so may be the relative without the text saying whose. */
const TITLING_KIN = /^(?:uncle|aunt|cousin|grandfather|grandmother|grandma|grandpa)$/;

/**
 * The relative a "his/her <kin>" speech clause names when its quotation addresses someone of the pronoun's gender by
 * name: the one the text made that person's relative, else `null` (someone unnamed). `undefined` when the quotation
 * addresses no one so, or the kin word titles names (the conversation may know who "his uncle" is: Uncle John).
 */
export function relativeOfAddressed(items: readonly Item[], table: PeopleTable, clause: Clause): PersonRecord | null | undefined {
  const gender = PRONOUN_GENDER.get(items[clause.first].lower);
  const head = normalizeWord(items[clause.last].lower);
  if (clause.kind !== 'phrase' || clause.last !== clause.first + 1 || !/^(?:his|her)$/.test(items[clause.first].lower) || !gender || !(KIN.has(head) || tieOf(head))) return undefined;
  const quote = quoteOfClause(items, clause);
  const owner = quote < 0 ? null : vocativesIn(items[quote].text).map((v) => table.personNamed(v)).find((p) => p && table.gender(p) === gender);
  if (!owner) return undefined;
  return table.relativeBy(owner, head) ?? (TITLING_KIN.test(head) ? undefined : null);
}

/** The quotation right before a clause in its sentence ("“…,” said her sister"), else right after it ("her sister said: “…”"). */
function quoteOfClause(items: readonly Item[], clause: Clause): number {
  const sentence = items[clause.first].sentence;
  for (let k = clause.first - 1; k >= 0 && k >= clause.first - CLAUSE_REACH && items[k].sentence === sentence; k--) {
    if (items[k].kind === 'quote') return k;
  }
  for (let k = clause.last + 1; k < items.length && k <= clause.last + CLAUSE_REACH && items[k].sentence === sentence; k++) {
    if (items[k].kind === 'quote') return k;
  }
  return -1;
}

/** How many items a kin phrase may stand before the quotation that addresses its relative: the rest of its sentence. */
const LEAD_REACH = 12;

/**
 * "Florence interrupted her cousin with an indignant protest. ¶ “How can you speak so, Curtis?”": a relative the
 * narration turns its subject to, right before a quotation (in its paragraph or opening the next) that opens by
 * addressing someone of the relative's gender by name, is that person: the text has tied the two so, and "said his
 * cousin" after Curtis speaks is Florence.
 */
export function learnAddressedRelatives(items: readonly Item[], table: PeopleTable): void {
  for (let i = 0; i + 1 < items.length; i++) {
    if ((items[i].lower !== 'his' && items[i].lower !== 'her') || items[i].kind !== 'word') continue;
    // "Her father was carving. “…, Tim?”": a kin phrase opening its sentence is its subject, the one who speaks next,
    // not the one spoken to.
    if (items[i - 1]?.sentence !== items[i].sentence) continue;
    const k = kinNounAfter(items, i);
    const owner = k < 0 ? undefined : table.mentionAt(i)?.person;
    if (!owner) continue;
    // The quotation goes on from the kin phrase's sentence, in its paragraph or opening the next.
    let quote = k + 1;
    while (quote < items.length && quote <= k + LEAD_REACH && items[quote].kind !== 'quote' && items[quote].sentence === items[k].sentence) quote++;
    if (items[quote]?.kind !== 'quote' || items[quote].paragraph > items[k].paragraph + 1) continue;
    const [first] = vocativesIn(items[quote].text);
    const relative = first ? table.personNamed(first) : null;
    const gender = tieOf(items[k].lower)![1];
    if (!relative || relative === owner || (gender && (table.gender(relative) ?? gender) !== gender)) continue;
    table.kinship.add(owner, normalizeWord(items[k].lower), relative);
  }
}

/**
 * "“Send him about his business when he bores you, Edna,” instructed her husband", of a wife the text calls Mrs.
 * Pontellier: a lone name the words of a "his/her <kin>" clause call, unknown to the text, is the first name of the
 * one the his/her refers to, when the text knew them only by a title and a surname of that gender.
 */
export function learnAddressedGivenNames(items: readonly Item[], table: PeopleTable): void {
  for (let q = 0; q < items.length; q++) {
    if (items[q].kind !== 'quote') continue;
    const [called] = vocativesIn(items[q].text);
    if (!called || /\s/.test(called) || table.personNamed(called)) continue;
    const i = q + 1 + items.slice(q + 1, q + 1 + CLAUSE_REACH).findIndex((it) => /^(?:his|her)$/.test(it.lower));
    if (i <= q || items[i].sentence !== items[q].sentence || kinNounAfter(items, i) !== i + 1) continue;
    const owner = table.mentionAt(i)?.person;
    const gender = PRONOUN_GENDER.get(items[i].lower);
    if (owner && owner.core.length === 1 && owner.honorificGender === gender && (GIVEN_NAME_GENDER.get(normalizeWord(called)) ?? gender) === gender) {
      table.addGivenName(owner, called);
    }
  }
}
