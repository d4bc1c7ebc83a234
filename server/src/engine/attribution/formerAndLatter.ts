import { PRONOUN_GENDER } from './lexicon';
import { sentenceStart, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Mr. Brooke walked in with Sir James. “…,” said the former. “…,” replied the latter.": the first and the second of
// the two people the last sentence naming two of them named.

/** How many sentences back the one naming two people is sought. */
const SENTENCES_BACK = 4;
/** How many items a sentence may take, for the walk back. */
const SENTENCE_REACH = 120;

/** The person "the former" (or, `latter`, "the latter") at item `at` refers to, or null. */
export function formerOrLatter(items: readonly Item[], table: PeopleTable, at: number, latter: boolean): PersonRecord | null {
  let end = sentenceStart(items, at, Math.max(0, at - SENTENCE_REACH)) - 1;
  for (let n = 0; n < SENTENCES_BACK && end >= 0; n++) {
    const start = sentenceStart(items, end, Math.max(0, end - SENTENCE_REACH));
    const named: PersonRecord[] = [];
    for (const m of table.mentionsWithin(start, end)) if (!PRONOUN_GENDER.has(items[m.item].lower) && !named.includes(m.person)) named.push(m.person);
    if (named.length >= 2) return latter ? named[named.length - 1] : named[0];
    end = start - 1;
  }
  return null;
}
