import type { Attribution } from '../types';
import { isWord, quotationsAlone, type Item } from './narration';
import type { Clause } from './clauses';
import type { PeopleTable } from './people';

// Court and inquiry reports quote an examination as bare alternating paragraphs after the sentence that sets it up:
// `Under cross-examination by the prosecutor, she agreed that … / “Was he still shouting?” / “I don't think so.”`.
// The sentence names both parties, the questioner after "by" or "from" and the witness as its subject: the questions
// are the questioner's and the answers the witness's, whoever spoke before the exchange.

/** Words that put the one named after "by" or "from" to questioning the sentence's subject. */
const EXAMINING: ReadonlySet<string> = new Set([
  'questioning', 'examination', 'cross-examination', 're-examination', 'questioned', 'cross-examined', 're-examined',
  'pressed', 'challenged', 'asked',
]);

/** How many items the examining phrase may run to the comma that closes it. */
const PHRASE_REACH = 14;

/** Whose turn a quotation alone is, in such an exchange: a question is the questioner's, anything else the witness's. */
const QUESTION = /\?\W*$/u;

interface Exchange {
  readonly questioner: string;
  readonly witness: string;
}

/**
 * Speakers for the quotations of paragraphs holding quotations alone, with no clause, right after a sentence that
 * opens on an examining phrase (`Under questioning from X, she accepted …`, `Cross-examined by X, he said …`).
 * `speakerOf` reads a phrase such as "the prosecutor" as the text's person.
 */
export function examinationTurns(
  items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], clauses: ReadonlyMap<number, Clause>,
  speakerOf: (phrase: Clause) => string | null,
): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  let exchange: Exchange | null = null;
  let paragraph = -1;
  for (const qi of quoteItems) {
    const it = items[qi];
    if (it.paragraph !== paragraph) {
      paragraph = it.paragraph;
      const first = qi > 0 && items[qi - 1].paragraph === paragraph ? -1 : qi;
      // A run of such paragraphs goes on only while each holds quotations alone.
      exchange = first < 0 || !quotationsAlone(items, qi) ? null : exchange ?? exchangeBefore(items, table, qi, speakerOf);
    }
    if (!exchange || clauses.has(qi)) continue;
    const speaker = QUESTION.test(it.text) ? exchange.questioner : exchange.witness;
    found.set(it.quote, { speaker, mention: null, cue: null });
  }
  return found;
}

/** The exchange the last sentence of the paragraph before item `qi` sets up, if it opens on an examining phrase. */
function exchangeBefore(items: readonly Item[], table: PeopleTable, qi: number, speakerOf: (phrase: Clause) => string | null): Exchange | null {
  const end = qi - 1;
  if (end < 0 || items[end].paragraph !== items[qi].paragraph - 1) return null;
  let start = end;
  while (start > 0 && items[start - 1].sentence === items[end].sentence) start--;
  // The phrase opens the sentence: "Under questioning from", "Cross-examined by", "Asked by".
  let verb = start;
  if (items[verb].lower === 'under') verb++;
  if (!isWord(items[verb]) || !EXAMINING.has(items[verb].lower) || !/^(?:by|from)$/.test(items[verb + 1]?.lower ?? '')) return null;
  const agent = verb + 2;
  let comma = agent;
  while (comma <= end && comma - agent < PHRASE_REACH && items[comma].text !== ',') comma++;
  if (comma > end || items[comma].text !== ',') return null;
  // "from Ms Reilly's counsel, Adaeze Nwosu, she accepted": a name in apposition is the questioner; the subject follows it.
  const apposed = table.mentionAt(comma + 1);
  let subject = comma + 1;
  let questioner: string | null = null;
  if (apposed && !/^(?:he|she)$/.test(items[comma + 1].lower)) {
    let close = comma + 1;
    while (close <= end && close - comma < PHRASE_REACH && items[close].text !== ',') close++;
    if (close <= end && items[close].text === ',' && table.mentionAt(close + 1)) {
      questioner = apposed.person.name;
      subject = close + 1;
    }
  }
  // "from Ms Reilly's counsel" alone names the counsel's client, not the counsel.
  let owned = false;
  for (let k = agent; k < comma; k++) if (/['’]s?$/u.test(items[k].text) && items[k].capital) owned = true;
  if (!questioner && owned) return null;
  questioner ??= table.mentionAt(agent)?.person.name ?? speakerOf({ cue: '', first: agent, last: comma - 1, kind: 'phrase' });
  const witness = table.mentionAt(subject)?.person.name;
  return questioner && witness && questioner !== witness ? { questioner, witness } : null;
}
