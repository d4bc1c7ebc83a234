import { GENERIC_PERSON_NOUNS, KIN } from './lexicon';
import { normalizeWord } from './names';
import { isRoleNoun, type PeopleTable, type PersonRecord } from './people';

// "Good-evening, doctor.", "Yes, Captain!", "I know, Mum.": a quotation may call its hearer by the role or the kin the
// text gave them, and so says who does not speak it and who answers it, as a name would.

/**
 * A role word said as an address: opening the words before a comma, set off by commas inside them, or said alone as
 * the words break off ("It is an insult. Mother — ").
 */
const ROLE_CALL = /(?:^\W*|[,;]\s+|[.!?]\s+(?=\p{L}+\s*[—–]\W*$))(?:(?:my|dear|my dear|good)\s+)?(\p{L}+)(?=\s*[,!?.;:—–]|\s*$)/gu;

/** What children call a parent, and the kin the text gives that parent ("Lily's mother"). */
const PARENT_CALLS: ReadonlyMap<string, string> = new Map([
  ...['mum', 'mom', 'mummy', 'mommy', 'mama', 'mamma', 'ma'].map((w): [string, string] => [w, 'mother']),
  ...['dad', 'daddy', 'papa', 'pa'].map((w): [string, string] => [w, 'father']),
]);

/** Whether a word said alone is what one calls a relative ("Dad", "Mother", "Uncle"): a call, never a name. */
export function isKinCall(word: string): boolean {
  const w = normalizeWord(word.toLowerCase());
  return PARENT_CALLS.has(w) || KIN.has(w);
}

/**
 * The people the words at quotation item `item` call by a role the text gave them before it ("the doctor", "Mum"); a
 * kin word said by a known `caller` calls the caller's own relative ("said Daniel. “… Mother — ”": Daniel's mother).
 */
export function addressedByRole(words: string, item: number, table: PeopleTable, caller: PersonRecord | null = null): string[] {
  const found: string[] = [];
  for (const m of words.matchAll(ROLE_CALL)) {
    const called = normalizeWord(m[1].toLowerCase());
    const role = PARENT_CALLS.get(called) ?? called;
    // "my boy", "my man": a word for anyone is no role the text gave one person.
    if (!isRoleNoun(role) || GENERIC_PERSON_NOUNS.has(role)) continue;
    const person = (caller && KIN.has(role) ? table.relativeBy(caller, role) : null) ?? table.antecedent(item, null, role, null, true);
    if (person && !found.includes(person.name)) found.push(person.name);
  }
  return found;
}
