import { capitalsEnd, type Clause } from './clauses';
import { isCapitalised } from './people';
import { isVerbModifier } from './lexicon';
import { isWord, sentenceStart, type Item } from './narration';
import { BEFORE_SUBJECT } from './quotedRelatives';

// "“My physio would just say, ‘…’”", "“Everybody says ‘…’”", "“By the end I wanted to say, ‘…’”": a speaker retelling
// what someone said sets the retold words right after a verb of saying and its listener, so that verb's subject, past
// any auxiliaries and adverbs, said them, even when words after the inner quotation look like a clause of their own.

/** Verbs of saying that bring in retold words word for word. */
const RETELLING_VERBS = /^(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|shout|shouts|shouted|shouting|reply|replies|replied|answer|answers|answered)$/;

/** Words between a subject and its verb of saying: modals and aspect ("would", "used to", "kept", "wanted to"). */
const AUXILIARIES = /^(?:would|will|could|can|might|should|must|used|to|kept|keeps|keep|wanted|wants|want|['’]d|['’]ll)$/;

/**
 * Subjects naming no one in particular, as the words give them: indefinite pronouns ("everybody says") and a bare
 * collective noun for those in charge or at large ("management told us", "people say").
 */
const INDEFINITE_SUBJECTS = /^(?:everybody|everyone|people|management)$/;

/** Listeners after a verb of saying: "told me", "said to us". */
const LISTENERS = /^(?:me|us|him|her|them|you)$/;

/**
 * The clause of the quotation at item `qi` of a quotation's words when a verb of saying (and its listener) stands
 * right before it, with its subject opening a sentence or a clause: "I", a name, "my <noun>" or an indefinite subject
 * (kind 'phrase', in lower case). Null for other subjects (a he/she, a description), left to the general clause.
 */
export function retoldClause(items: readonly Item[], qi: number): Clause | null {
  let k = qi - 1;
  if (items[k]?.kind === 'punct' && /^[,:]$/.test(items[k].text)) k--;
  // "management told us, and I'm quoting, ‘…’": an aside vouching for the words stands between the verb and them.
  const aside = quotingAsideAt(items, k);
  if (aside >= 0) k = aside - 1;
  // "said to me", "told us", "said to Horace": the listener stands between the verb and the words.
  if (isWord(items[k]) && (LISTENERS.test(items[k].lower) || (items[k].capital && items[k - 1]?.lower === 'to'))) k -= items[k - 1]?.lower === 'to' ? 2 : 1;
  const verb = k;
  if (!isWord(items[verb]) || !RETELLING_VERBS.test(items[verb].lower)) return null;
  k--;
  while (isWord(items[k]) && (AUXILIARIES.test(items[k].lower) || isVerbModifier(items[k].lower))) k--;
  // "Eldon played three choruses, put his horn down and said to Horace": joined predicates share the sentence's subject.
  if (items[k]?.lower === 'and') k = subjectEnd(items, sentenceStart(items, k));
  const w = items[k];
  if (!isWord(w) || w.sentence !== items[verb].sentence) return null;
  const opens = (first: number) => {
    const prior = items[first - 1];
    return !prior || prior.sentence !== items[first].sentence || prior.kind === 'punct' || BEFORE_SUBJECT.test(prior.lower);
  };
  const cue = items[verb].text;
  if (w.text === 'I') return { cue, first: k, last: k, kind: 'pronoun' };
  if (INDEFINITE_SUBJECTS.test(w.lower) && opens(k)) return { cue, first: k, last: k, kind: 'phrase' };
  if (/^(?:my|our)$/.test(items[k - 1]?.lower ?? '') && !w.capital && opens(k - 1)) return { cue, first: k - 1, last: k, kind: 'phrase' };
  if (!w.capital) return null;
  let first = k;
  while (isWord(items[first - 1]) && items[first - 1].capital && items[first - 1].sentence === w.sentence) first--;
  return opens(first) ? { cue, first, last: k, kind: 'name' } : null;
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
