import type { Attribution } from '../types';
import { PRONOUN_GENDER, SUBORDINATORS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, sentenceStart, sentenceStarts, type Item } from './narration';
import type { PeopleTable } from './people';

// A message someone sends or posts is their words, not the message's: "Diaz posted a photograph with the caption
// “…”", "Dunne had then sent him angry text messages. One, sent at 2am, read: “…”", "a text message Reeve sent … It
// read: “…”", "Brightcell published a post on its blog. “…,” the post said", "The post was edited to remove the words
// “…”". A sign or a report speaks as itself (bodies.ts); a message speaks for its sender when the text names them.

/** What one sends or posts: its words are the sender's. */
const MESSAGE = /^(?:message|text|post|tweet|caption)$/;

/** Verbs by which someone sends or posts a message. */
const SENDING = /^(?:sent|sends|posted|posts|tweeted|tweets|texted|texts|messaged|published|publishes|shared|shares|uploaded)$/;

/** Words between a subject and its verb that are no part of either: "had then sent", "also posted". */
const BETWEEN = /^(?:had|has|have|then|also|later|once|first|again|just|even|briefly|quickly|repeatedly|reportedly|allegedly|apparently)$/;

/** Verbs by which a message gives its words. */
const GIVING = /^(?:read|reads|said|says|added|adds|went|goes)$/;

/** How many sentences back the message a quotation's "It", "One" or "the post" means is looked for. */
const SENTENCES_BACK = 2;

const isMessage = (it: Item | undefined): boolean => isWord(it) && MESSAGE.test(normalizeWord(it.lower.replace(/s$/, '')));

/** Where clauses and sentences open, read once: a sentence may hold thousands of quotations, and walking back to its start from each of them would be quadratic. */
export interface ClauseIndex {
  /** Where the clause holding item `i` opens: its sentence's start, or past a quotation closed by its own full stop. */
  clauseStart(i: number): number;
  /** The first item of the sentence `back` sentences before the one at item `at` (the text's first at most). */
  sentenceBefore(at: number, back: number): number;
}

export function clauseIndex(items: readonly Item[]): ClauseIndex {
  const startOf = sentenceStarts(items);
  // For each item, the item after the last quotation before it in its sentence that closed on its own stop; -1 if none.
  const pastStop = new Int32Array(items.length);
  let last = -1;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && items[i].sentence !== items[i - 1].sentence) last = -1;
    pastStop[i] = last;
    if (items[i].kind === 'quote' && /[.!?]\W*$/u.test(items[i].text)) last = i + 1;
  }
  return {
    clauseStart: (i) => (pastStop[i] >= 0 ? pastStop[i] : startOf(i)),
    sentenceBefore: (at, back) => {
      let start = startOf(at);
      for (let n = 0; n < back && start > 0; n++) start = startOf(start - 1);
      return start;
    },
  };
}

/** The last message noun (plural only, when `plural`) in the sentences from `from` up to item `to`. */
function messageIn(items: readonly Item[], from: number, to: number, plural: boolean): number {
  for (let k = to - 1; k >= from; k--) if (isMessage(items[k]) && (!plural || /s$/.test(items[k].lower))) return k;
  return -1;
}

/** The last "post" or "posted" (of the kind of message `noun` names) in the sentences from `from` up to item `to`. */
function sameMessageIn(items: readonly Item[], from: number, to: number, noun: string): number {
  const kind = normalizeWord(noun);
  for (let k = to - 1; k >= from; k--) if (isWord(items[k]) && (items[k].lower === kind || items[k].lower === `${kind}ed`)) return k;
  return -1;
}

/**
 * The message noun the quotation at `qi` gives the words of: the "caption" or "the words" right before it, or the
 * "It", "One", "Another" or "the post" its own sentence opens on (or its clause names after it), in the sentence
 * before; -1 if none.
 */
function messageOf(items: readonly Item[], qi: number, a: Attribution, clauses: ClauseIndex): number {
  const start = clauses.clauseStart(qi);
  let k = qi - 1;
  if (items[k]?.text === ':' || items[k]?.text === ',') k--;
  const words = isWord(items[k]) && /^(?:caption|words)$/.test(items[k].lower);
  // "The post was edited to remove the words “…”": the post the sentence opens on, else the caption's own sentence.
  const back = clauses.sentenceBefore(start, SENTENCES_BACK);
  if (words) return isMessage(items[start + 1]) && /^(?:the|that|this)$/.test(items[start].lower) ? sameMessageIn(items, back, start, items[start + 1].lower) : k;
  const opening = items[start];
  // "One, sent four days before, read:", "It read:": the sentence's subject, then its verb past a comma's aside.
  if (isWord(opening) && /^(?:one|another|it)$/.test(opening.lower) && start < qi) {
    let v = start + 1;
    if (items[v]?.text === ',') {
      v++;
      while (v < qi && items[v].text !== ',') v++;
      v++;
    }
    if (!isWord(items[v]) || !GIVING.test(items[v].lower)) return -1;
    return messageIn(items, back, start, opening.lower !== 'it');
  }
  // "“…,” the post said": a clause whose subject is the message.
  const mention = a.mention?.text.toLowerCase().split(/\s+/) ?? [];
  if (mention.length === 2 && /^(?:the|that|this)$/.test(mention[0]) && MESSAGE.test(normalizeWord(mention[1])) && GIVING.test(a.cue ?? '')) {
    // "“…,” the post said. “…”": words going on after the clause are the same post's, which the sentences before
    // the clause bring up, not the clause's own "post".
    const named = a.mention ? items.findIndex((it) => it.start === a.mention?.span.start) : -1;
    if (named >= 0 && named < start) return sameMessageIn(items, clauses.sentenceBefore(clauses.clauseStart(named), SENTENCES_BACK), named, mention[1]);
    return sameMessageIn(items, back, start, mention[1]);
  }
  // "Lomax posted that “…”": the verb's own subject.
  if (items[qi - 1]?.lower === 'that' && isWord(items[qi - 2]) && SENDING.test(items[qi - 2].lower)) return qi - 2;
  return -1;
}

/** Whether item `k` stands where a clause's subject begins: after its sentence's start, a comma, "that", a subordinator or "said". */
function opensClause(items: readonly Item[], start: number, k: number): boolean {
  const before = items[k - 1];
  return k === start || before.text === ',' || /^(?:that|said|says)$/.test(before.lower) || SUBORDINATORS.test(before.lower);
}

/** The person or body a capitalised run ending at `last` names, with the run's first item. */
function namedAt(original: string, items: readonly Item[], table: PeopleTable, start: number, last: number): { name: string; first: number } | null {
  if (!isWord(items[last]) || !items[last].capital) return null;
  let first = last;
  while (first - 1 >= start && isWord(items[first - 1]) && items[first - 1].capital) first--;
  const mention = table.mentionsWithin(first, last).find((m) => !PRONOUN_GENDER.has(items[m.item].lower));
  if (mention) return { name: mention.person.name, first };
  // A name the table does not hold ("Brightcell published"), not a sentence's capitalised first word.
  return first > start && !PRONOUN_GENDER.has(items[first].lower) ? { name: original.slice(items[first].start, items[last].end), first } : null;
}

/** The subject of the sending verb at `verb`: a name, a he/she, a role's holder ("the striker"), or a joined clause's. */
function senderOf(original: string, items: readonly Item[], table: PeopleTable, verb: number): { name: string; first: number; last: number } | null {
  const start = sentenceStart(items, verb);
  let k = verb - 1;
  while (k > start && isWord(items[k]) && BETWEEN.test(items[k].lower)) k--;
  const pronoun = isWord(items[k]) && /^(?:he|she)$/.test(items[k].lower) ? table.mentionAt(k)?.person : undefined;
  if (pronoun) return { name: pronoun.name, first: k, last: k };
  // "On Thursday the striker posted": the one the text gave that role.
  if (isWord(items[k]) && !items[k].capital && items[k - 1]?.lower === 'the') {
    const holder = table.antecedent(k, null, normalizeWord(items[k].lower), null, true);
    return holder ? { name: holder.name, first: k - 1, last: k } : null;
  }
  // "Dunne had lent Cole £300 and had then sent him": the joined predicate's subject, the last name opening a clause.
  if (items[k]?.lower === 'and') {
    for (const m of table.mentionsWithin(start, k).reverse()) {
      let last = m.item;
      while (isWord(items[last + 1]) && items[last + 1].capital) last++;
      const run = namedAt(original, items, table, start, last);
      if (run && items[m.item].capital && opensClause(items, start, run.first)) return { ...run, last };
    }
    return null;
  }
  const run = namedAt(original, items, table, start, k);
  return run ? { ...run, last: k } : null;
}

/** The sender of the message noun (or sending verb) at `at`: the subject of the sending verb of its sentence nearest it. */
function senderOfMessage(original: string, items: readonly Item[], table: PeopleTable, at: number): { name: string; first: number; last: number; verb: number } | null {
  const start = sentenceStart(items, at);
  let verb = -1;
  if (SENDING.test(items[at].lower)) verb = at;
  // "a text message Reeve sent": the contact clause right after the noun.
  for (let k = at + 1; verb < 0 && k <= at + 4 && items[k]?.sentence === items[at].sentence && isWord(items[k]); k++) if (SENDING.test(items[k].lower)) verb = k;
  for (let k = at - 1; verb < 0 && k >= start; k--) if (isWord(items[k]) && SENDING.test(items[k].lower)) verb = k;
  const sender = verb < 0 ? null : senderOf(original, items, table, verb);
  return sender ? { ...sender, verb } : null;
}

/** What the "One, from …," of a count of them is its writer's words in: a message, or a statement (its issuer's). */
const FROM_WRITER = /^(?:messages|texts|posts|tweets|statements)$/;

/**
 * "They collected 212 statements. One, from a retired teacher, described …": the one a "One, from …," aside says a
 * message or a statement the sentence before counted came from, as written or by the name the text knows.
 */
function writerInAside(original: string, items: readonly Item[], table: PeopleTable, qi: number, clauses: ClauseIndex): { name: string; first: number; last: number; verb: number } | null {
  const start = clauses.clauseStart(qi);
  if (!/^(?:one|another)$/.test(items[start].lower) || items[start + 1]?.text !== ',' || items[start + 2]?.lower !== 'from') return null;
  let last = start + 3;
  while (last + 1 < qi && isWord(items[last + 1])) last++;
  if (items[last + 1]?.text !== ',' || last < start + 3) return null;
  const back = clauses.sentenceBefore(start, 1);
  let counted = false;
  for (let k = back; k < start && !counted; k++) counted = isWord(items[k]) && FROM_WRITER.test(items[k].lower);
  if (!counted) return null;
  const named = table.mentionsWithin(start + 3, last).find((m) => items[m.item].capital);
  const name = named?.person.name ?? original.slice(items[start + 3].start, items[last].end);
  return { name, first: start + 3, last, verb: start + 2 };
}

/** The sender of each quotation the text makes a sent or posted message's words, by quotation index. */
export function messageSenders(original: string, items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[], table: PeopleTable, clauses: ClauseIndex): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  for (const qi of quoteItems) {
    const a = attributions[items[qi].quote];
    const at = messageOf(items, qi, a, clauses);
    const sender = writerInAside(original, items, table, qi, clauses) ?? (at < 0 ? null : senderOfMessage(original, items, table, at));
    if (!sender) continue;
    const mention = { span: { start: items[sender.first].start, end: items[sender.last].end }, text: original.slice(items[sender.first].start, items[sender.last].end) };
    found.set(items[qi].quote, { speaker: sender.name, mention, cue: items[sender.verb].text });
  }
  return found;
}
