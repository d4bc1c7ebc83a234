import { capitalsEnd, type Clause } from './clauses';
import { isCapitalised } from './people';
import { isVerbModifier, pronounOf } from './lexicon';
import { isWord, sentenceStart, type Item } from './narration';
import { BEFORE_SUBJECT } from './quotedRelatives';

// "“My physio would just say, ‘…’”", "“Everybody says ‘…’”", "“By the end I wanted to say, ‘…’”", "“I was going to
// say, ‘…’”", "“he's told Callum, ‘…’”": a speaker retelling what someone said sets the retold words right after a verb
// of saying and its listener, so that verb's subject, past any auxiliaries and adverbs, said them, even when words after
// the inner quotation look like a clause of their own.

/** Verbs of saying that bring in retold words word for word. */
const RETELLING_VERBS = /^(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|shout|shouts|shouted|shouting|reply|replies|replied|answer|answers|answered)$/;

/** Words between a subject and its verb of saying: modals, aspect and the perfect ("would", "used to", "kept", "wanted to", "has"). */
const AUXILIARIES = /^(?:would|will|could|can|might|should|must|used|to|kept|keeps|keep|wanted|wants|want|has|have|had|going|gonna|about|['’]d|['’]ll)$/;

/** "going to", "about to": a future the speaker was on the point of, which a form of "be" may carry. */
const ON_THE_POINT = /^(?:going|gonna|about)$/;

/**
 * Forms of "be", separate or cut onto their subject ("I'm", "he's"). They carry a progressive ("people are asking"), a
 * future ("I was going to say") or, before a listener, a perfect ("he's told Callum"); never a passive, whose subject
 * heard the words ("I was told, ‘…’").
 */
const BE = /^(?:am|is|are|was|were|be|been|['’]m|['’]re|['’]s)$/;
const BE_CUT = /['’](?:m|re|s)$/;

/** Subject pronouns a retelling verb with a listener may have beside "I" ("he's told Callum"), for the pronoun rules. */
const THIRD_PERSONS = /^(?:he|she|they)$/;

/**
 * Subjects naming no one in particular, as the words give them: indefinite pronouns ("everybody says") and a bare
 * collective noun for those in charge or at large ("management told us", "people say").
 */
const INDEFINITE_SUBJECTS = /^(?:everybody|everyone|people|management)$/;

/** Verbs whose listener, a name, follows with no "to": "told Callum", "asked Rosa". */
const TELLING = /^(?:tell|tells|told|telling|ask|asks|asked|asking)$/;

/** Listeners after a verb of saying: "told me", "said to us". */
const LISTENERS = /^(?:me|us|him|her|them|you)$/;

/**
 * The clause of the quotation at item `qi` of a quotation's words when a verb of saying (and its listener) stands
 * right before it, with its subject opening a sentence or a clause: "I", a name, "my <noun>" or an indefinite subject
 * (kind 'phrase', in lower case), or, before a listener, a he/she/they (kind 'pronoun'). Null for other subjects (a
 * description), left to the general clause.
 */
export function retoldClause(items: readonly Item[], qi: number): Clause | null {
  let k = qi - 1;
  if (items[k]?.kind === 'punct' && /^[,:]$/.test(items[k].text)) k--;
  // "management told us, and I'm quoting, ‘…’": an aside vouching for the words stands between the verb and them.
  const aside = quotingAsideAt(items, k);
  if (aside >= 0) k = aside - 1;
  // "said to me", "told us", "said to Horace", "told Callum": the listener stands between the verb and the words.
  const end = k;
  if (isWord(items[k]) && (LISTENERS.test(items[k].lower) || (items[k].capital && items[k - 1]?.lower === 'to'))) k -= items[k - 1]?.lower === 'to' ? 2 : 1;
  else if (isWord(items[k]) && items[k].capital && items[k].text !== 'I') {
    let name = k;
    while (isWord(items[name - 1]) && items[name - 1].capital) name--;
    if (isWord(items[name - 1]) && TELLING.test(items[name - 1].lower)) k = name - 1;
  }
  const listener = k < end;
  const verb = k;
  if (!isWord(items[verb]) || !(RETELLING_VERBS.test(items[verb].lower) || quotativeLike(items, verb))) return null;
  // A form of "be" is an auxiliary here only as the progressive, "going to", a perfect before a listener or before
  // a quotative "like".
  let beCarries = /ing$/.test(items[verb].lower) || listener || items[verb].lower === 'like';
  k--;
  while (isWord(items[k]) && (AUXILIARIES.test(items[k].lower) || isVerbModifier(items[k].lower) || (beCarries && BE.test(items[k].lower)))) {
    if (ON_THE_POINT.test(items[k].lower)) beCarries = true;
    k--;
  }
  // "Eldon played three choruses, put his horn down and said to Horace": joined predicates share the sentence's subject.
  if (items[k]?.lower === 'and') k = subjectEnd(items, sentenceStart(items, k));
  const w = items[k];
  if (!isWord(w) || w.sentence !== items[verb].sentence) return null;
  const opens = (first: number) => {
    const prior = items[first - 1];
    return !prior || prior.sentence !== items[first].sentence || prior.kind === 'punct' || BEFORE_SUBJECT.test(prior.lower);
  };
  const cue = items[verb].text;
  // "I'm", "he's": a form of "be" cut onto the subject carries the verb as a separate one would.
  if (BE_CUT.test(w.lower) && !beCarries) return null;
  const pronoun = pronounOf(w.lower);
  if (pronoun === 'i' && /^I/.test(w.text)) return { cue, first: k, last: k, kind: 'pronoun' };
  if (listener && THIRD_PERSONS.test(pronoun) && opens(k)) return { cue, first: k, last: k, kind: 'pronoun' };
  if (INDEFINITE_SUBJECTS.test(w.lower) && opens(k)) return { cue, first: k, last: k, kind: 'phrase' };
  if (/^(?:my|our)$/.test(items[k - 1]?.lower ?? '') && !w.capital && opens(k - 1)) return { cue, first: k - 1, last: k, kind: 'phrase' };
  if (!w.capital) return null;
  let first = k;
  while (isWord(items[first - 1]) && items[first - 1].capital && items[first - 1].sentence === w.sentence) first--;
  return opens(first) ? { cue, first, last: k, kind: 'name' } : null;
}

/** "I was like, ‘…’", "he's like ‘…’": "like" after a form of "be" brings in words as a verb of saying does. */
function quotativeLike(items: readonly Item[], k: number): boolean {
  const be = items[k - 1];
  return items[k].lower === 'like' && isWord(be) && (BE.test(be.lower) || BE_CUT.test(be.lower));
}

/** How many items an aside vouching for retold words may hold (", and I'm quoting,"). */
const ASIDE_REACH = 6;

/** The comma opening an aside ", and I …" that ends at item `end`, or -1. */
function quotingAsideAt(items: readonly Item[], end: number): number {
  for (let k = end; k >= 0 && k > end - ASIDE_REACH && isWord(items[k]); k--) {
    if (items[k].lower === 'and' && /^I(?:['’]m)?$/.test(items[k + 1]?.text ?? '') && items[k - 1]?.text === ',') return k - 1;
  }
  return -1;
}

/** The last item of the subject opening a sentence at item `start`: "I" or a name's capitalised words; -1 else. */
function subjectEnd(items: readonly Item[], start: number): number {
  if (items[start]?.text === 'I') return start;
  return isCapitalised(items[start]) ? capitalsEnd(items, start) : -1;
}
