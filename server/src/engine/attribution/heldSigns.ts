import type { Attribution } from '../types';
import { isPersonNoun } from './clauses';
import { isWord, sentenceStart, type Item } from './narration';
import type { ClauseIndex } from './sentMessages';

// A sign, a placard or a banner speaks as itself, as the text refers to it: "Staff gathered with hand-painted
// placards. One read simply: “…”" is one placard's. Those the sentence shows carrying signs reading words chose them:
// "About 60 demonstrators gathered, some carrying placards reading “…”" is the demonstrators'.

/** What people hold up or hang out with words on it. */
const SIGN = /^(?:placard|sign|banner|poster|board|sheet|bedsheet|card)s?$/;

/** Verbs by which a sign gives its words. */
const SHOWING = /^(?:read|reads|said|says)$/;

/** Verbs of carrying a sign: its words are the carriers'. */
const CARRYING = /^(?:carrying|holding|waving|brandishing|bearing)$/;

/** How many sentences back "One read" looks for the signs it is one of. */
const SENTENCES_BACK = 2;

/** "One read simply: “…”": "one placard", after a sentence showing placards; null if none. */
function oneOfSigns(items: readonly Item[], qi: number, clauses: ClauseIndex): { text: string; at: number } | null {
  const start = clauses.clauseStart(qi);
  const opening = items[start];
  if (!isWord(opening) || !/^(?:one|another)$/.test(opening.lower)) return null;
  let v = start + 1;
  if (!isWord(items[v]) || !SHOWING.test(items[v].lower)) return null;
  v++;
  while (isWord(items[v]) && /ly$/.test(items[v].lower)) v++;
  if (items[v]?.text === ':' || items[v]?.text === ',') v++;
  if (v !== qi) return null;
  for (let k = start - 1, back = clauses.sentenceBefore(start, SENTENCES_BACK); k >= back; k--) {
    if (!isWord(items[k])) continue;
    // The last thing the sentences before counted in the plural is what "one" is one of.
    if (SIGN.test(items[k].lower) && items[k].lower.endsWith('s')) return { text: `${opening.lower} ${items[k].lower.slice(0, -1)}`, at: start };
  }
  return null;
}

/** "some carrying placards reading “…”": the group of people the sentence opens on, who carry the signs. */
function carriersOfSigns(items: readonly Item[], qi: number): { text: string; at: number } | null {
  let k = qi - 1;
  if (items[k]?.text === ':' || items[k]?.text === ',') k--;
  if (!isWord(items[k]) || !/^(?:reading|saying)$/.test(items[k].lower) || !isWord(items[k - 1]) || !SIGN.test(items[k - 1].lower)) return null;
  let carry = k - 2;
  while (carry > k - 5 && isWord(items[carry]) && !CARRYING.test(items[carry].lower)) carry--;
  if (!isWord(items[carry]) || !CARRYING.test(items[carry].lower)) return null;
  for (let j = sentenceStart(items, qi); j < carry; j++) {
    const w = items[j];
    if (isWord(w) && !w.capital && /s$/.test(w.lower) && isPersonNoun(w.lower.slice(0, -1))) return { text: `the ${w.lower}`, at: j };
  }
  return null;
}

/** The sign or the carriers of each quotation a sign's words, by quotation index. */
export function signSpeakers(original: string, items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[], clauses: ClauseIndex): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  for (const qi of quoteItems) {
    if (attributions[items[qi].quote].speaker) continue;
    const sign = oneOfSigns(items, qi, clauses) ?? carriersOfSigns(items, qi);
    if (!sign) continue;
    const word = items[sign.at];
    found.set(items[qi].quote, { speaker: sign.text, mention: { span: { start: word.start, end: word.end }, text: original.slice(word.start, word.end) }, cue: null });
  }
  return found;
}
