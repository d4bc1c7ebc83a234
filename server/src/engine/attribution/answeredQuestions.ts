import { SPEECH_VERBS } from './lexicon';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// An exchange alternates: the answer to a question is not the asker's. "“…,” Mr Hale said. ¶ “…?” Mr Reyes asked.
// ¶ “…,” the witness replied." — a role tagging the quotation after a named asker's question is the one the asker
// was answering, who spoke the turn before the question; never the asker, though the asker was named last.

/** The most items a quotation's tag ("Mr Reyes asked.") may span. */
const TAG_REACH = 6;

const QUESTION = /\?\W*$/u;

/** The quotation item the phrase at item `first` tags ("“…,” the witness said", "“…,” said the witness"), or -1. */
export function taggedQuote(items: readonly Item[], first: number): number {
  let k = first - 1;
  if (items[k] && SPEECH_VERBS.has(items[k].lower)) k--;
  if (items[k]?.text === ',') k--;
  return items[k]?.kind === 'quote' ? k : -1;
}

/**
 * The quotation before the one at item `quote`, with the person its tag names, when only that tag stands between
 * them ("“…?” Mr Reyes asked."): a name and a speech verb, nothing else said. With `across`, quotations alone before
 * the tag are passed over ("“…,” Mr Hale said. “…” ¶ “…?”": Hale's turn).
 */
function turnBefore(items: readonly Item[], table: PeopleTable, quote: number, across = false): { quote: number; person: PersonRecord } | null {
  let person: PersonRecord | null = null;
  let verb = false;
  for (let k = quote - 1, floor = Math.max(0, quote - TAG_REACH); k >= floor; k--) {
    const it = items[k];
    if (it.kind === 'quote') {
      if (person && verb) return { quote: k, person };
      if (!across || person || verb) return null;
      floor = Math.max(0, k - TAG_REACH);
      continue;
    }
    if (it.kind === 'punct') continue;
    if (SPEECH_VERBS.has(it.lower)) { verb = true; continue; }
    if (!it.capital) return null;
    const mention = table.mentionAt(k);
    if (mention && person && mention.person !== person) return null;
    person = mention?.person ?? person;
  }
  return null;
}

/** The question turn just before the quotation the role phrase at item `first` tags, with its asker; null when none. */
function questionBefore(items: readonly Item[], table: PeopleTable, first: number): { quote: number; person: PersonRecord } | null {
  const quote = taggedQuote(items, first);
  const question = quote < 0 ? null : turnBefore(items, table, quote);
  return question && QUESTION.test(items[question.quote].text) ? question : null;
}

/**
 * The named asker of the question just before the quotation the role phrase at item `first` tags ("“…?” Brekke
 * asked. “…,” the chief executive replied."): whoever the role is, it is not the one who asked.
 */
export function askerBefore(items: readonly Item[], table: PeopleTable, first: number): PersonRecord | null {
  return questionBefore(items, table, first)?.person ?? null;
}

/**
 * The answerer of the question just before the quotation the role phrase at item `first` tags: the one who spoke the
 * turn before that question, when someone other than its asker. Null when the quotation answers no named asker.
 */
export function answererOf(items: readonly Item[], table: PeopleTable, first: number): PersonRecord | null {
  const question = questionBefore(items, table, first);
  if (!question) return null;
  const earlier = turnBefore(items, table, question.quote, true);
  return earlier && earlier.person !== question.person && !table.organisations.has(earlier.person) ? earlier.person : null;
}
