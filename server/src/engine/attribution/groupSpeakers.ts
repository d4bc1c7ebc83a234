import { isKnownPersonNoun } from './clauses';
import { describedInFull } from './fullDescriptions';
import { SPEECH_VERBS } from './lexicon';
import { isWord, sentenceStart, type Item } from './narration';

// A they that speaks ("“A while,” they said together", "‘We wish you a merry Christmas,’ they sang") is a group the
// narration has just brought up by a plural noun of people ("The twins looked at each other", "came the sound of the
// carol singers"): the group is the speaker, as the text calls it. A they that no such noun goes before is left as it was.

/** How many words may stand between "the" and the plural noun ("the three little carol singers"). */
const MODIFIERS = 3;

/** Nouns of people the role and kin lists leave out, said of several at once. */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['twin', 'triplet', 'sibling', 'cousin', 'guest', 'villager', 'pilgrim']);

/**
 * The group a they speech clause at item `pronoun` means: the last "the … <people>" of the sentence before it or of
 * its own sentence up to it, as the text gives it ("the twins"); null when there is none.
 */
export function groupBefore(original: string, items: readonly Item[], pronoun: number): string | null {
  if (items[pronoun].lower !== 'they') return null;
  const own = sentenceStart(items, pronoun);
  const from = own > 0 ? sentenceStart(items, own - 1) : own;
  for (let k = pronoun - 1; k >= from; k--) {
    if (!isWord(items[k]) || items[k].capital || !isPeople(items[k].lower)) continue;
    const the = determinerBefore(items, k);
    if (the >= 0) return 'the' + original.slice(items[the].end, items[k].end);
  }
  return null;
}

/** Whether a word is a plural noun of people ("twins", "singers", "men", "ladies"). */
function isPeople(lower: string): boolean {
  if (!lower.endsWith('s') && !/(?:men|children|people)$/.test(lower)) return false;
  const singulars = [lower.replace(/men$/, 'man'), lower.replace(/ren$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return singulars.some((w) => w !== lower && (isKnownPersonNoun(w) || GROUP_NOUNS.has(w)));
}

/** The item of "the" opening the noun phrase headed by item `head`, past a few words in lower case; -1 if none. */
function determinerBefore(items: readonly Item[], head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 1 - MODIFIERS && isWord(items[k]) && items[k].sentence === items[head].sentence; k--) {
    if (items[k].lower === 'the') return k;
    if (items[k].capital) return -1;
  }
  return -1;
}

/** How many sentences before a quotation's they its group is sought, in the quotation's words or the narration before it. */
const RETOLD_SENTENCES = 3;

/** Words after which a clause's subject comes: a they after it most often goes back to a subject. */
const BEFORE_SUBJECT = /^(?:and|but|then|when|so|because|while|until|once|after|before|as|if|that)$/;

/**
 * "He said soldiers had stopped his family’s car. “They said, ‘…’”", "The soldiers bring bread twice a week. … “Every
 * time they come they tell me, ‘…’”": a they retold inside a quotation is the group of people the words before item
 * `before` last made a clause's subject (after a stop, a conjunction, "that" or a speech verb), within a few
 * sentences, named with "the" as the text names them ("the soldiers"); null when there is none.
 */
export function subjectGroupBefore(original: string, items: readonly Item[], before: number): string | null {
  const group = subjectGroupAt(items, before);
  if (!group) return null;
  const [the, k] = group;
  return groupNamed(original, items, the, k, k);
}

/** A group as the text names it, "the" and its words to item `end`; a bare plural with "the" put before it. */
function groupNamed(original: string, items: readonly Item[], the: number, k: number, end: number): string {
  return the >= 0 ? 'the' + original.slice(items[the].end, items[end].end) : `the ${items[k].text}`;
}

/** The "the" (or -1 for a bare plural) and the plural noun of the group subjectGroupBefore finds, or null. */
function subjectGroupAt(items: readonly Item[], before: number): [number, number] | null {
  let from = before;
  for (let n = 0; n < RETOLD_SENTENCES && from > 0; n++) from = sentenceStart(items, from - 1);
  for (let k = before - 1; k >= from; k--) {
    if (!isWord(items[k]) || items[k].capital || !isPeople(items[k].lower)) continue;
    // A bare plural ("said soldiers had") is named as the group it is.
    const the = determinerBefore(items, k);
    const opening = the >= 0 ? the : k;
    const prior = items[opening - 1];
    const subject = !prior || prior.sentence !== items[opening].sentence || prior.kind === 'punct' || BEFORE_SUBJECT.test(prior.lower) || SPEECH_VERBS.has(prior.lower);
    if (subject) return [the, k];
  }
  return null;
}

/** The item of "One" in "One of them told me," right before the quotation at item `qi`, opening its sentence; -1 else. */
export function oneOfThemAt(items: readonly Item[], qi: number): number {
  let v = items[qi - 1]?.text === ',' || items[qi - 1]?.text === ':' ? qi - 2 : qi - 1;
  // "One of them told me", "One of them said to me": the listener stands between the verb and the words.
  if (/^(?:me|us|him|her)$/.test(items[v]?.lower ?? '')) v -= items[v - 1]?.lower === 'to' ? 2 : 1;
  if (!isWord(items[v]) || !SPEECH_VERBS.has(items[v].lower)) return -1;
  const one = v - 3;
  const opens = one === 0 || items[one - 1]?.sentence !== items[one]?.sentence;
  return items[one]?.lower === 'one' && items[one + 1].lower === 'of' && items[one + 2].lower === 'them' && opens ? one : -1;
}

/**
 * "The men on her first ship gave her a month. “One of them told me, ‘…’”": one of them speaking is a member of the
 * group the words before item `before` made a subject, described as the text describes the group ("one of the men on
 * her first ship"); null when no group went before.
 */
export function memberOfGroupBefore(original: string, items: readonly Item[], before: number): string | null {
  const group = subjectGroupAt(items, before);
  if (!group) return null;
  const [the, k] = group;
  return `one of ${groupNamed(original, items, the, k, describedInFull(items, k))}`;
}
