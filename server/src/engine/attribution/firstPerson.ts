import { kinNounAfter, tieOf } from './kinship';
import { SPEECH_VERBS } from './lexicon';
import type { Item } from './narration';

// A story told in the first person: its narrator takes part in the conversations they tell of even when no clause
// ever says "I said", and is there in the scenes whose narration says I, me or my.

const FIRST_PERSON = /^(?:i|me|my|myself)$/;

/** The least share of the narration's words that a first-person narrator's I, me and my make up (news writes few). */
const NARRATOR_SHARE = 0.015;
/** The fewest of them: a short text's two "I"s are a writer's aside, not a narrator. */
const NARRATOR_LEAST = 8;

/** Whether the narration (the words outside quotations) is told by an "I". */
export function toldInFirstPerson(items: readonly Item[]): boolean {
  let words = 0;
  let own = 0;
  for (const it of items) {
    if (it.kind !== 'word') continue;
    words++;
    if (FIRST_PERSON.test(it.lower)) own++;
  }
  return own >= NARRATOR_LEAST && own >= NARRATOR_SHARE * words;
}

/** The paragraphs whose narration says I, me or my: the scenes the narrator is in. */
export function paragraphsWithNarrator(items: readonly Item[]): Set<number> {
  const found = new Set<number>();
  for (const it of items) if (it.kind === 'word' && FIRST_PERSON.test(it.lower)) found.add(it.paragraph);
  return found;
}

/**
 * Whether the narration from item `first` to `last` reports the narrator's own words ("I protested that I heard
 * nothing", "I asked him what he meant"): their turn in the conversation, told rather than quoted.
 */
export function reportsNarratorSpeech(items: readonly Item[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (items[i].text !== 'I') continue;
    const verb = items[i + 1]?.kind === 'word' && SPEECH_VERBS.has(items[i + 1].lower) ? i + 1 : -1;
    // A report, not a quotation's clause: its words go on in the narration ("that …", "him what …").
    if (verb > 0 && items[verb + 1]?.kind === 'word') return true;
  }
  return false;
}

/** A kin word said as a call ("I did not think you were, aunt.", "Hello, Dad."), as written. */
const KIN_CALL = /(?:^\s*|[,;]\s+)(?:(?:oh|my|dear)\s+)?(mum|mummy|mom|mommy|mother|mamma|mama|dad|daddy|father|papa|aunt|auntie|uncle|granny|gran|grandma|grandmother|grandpa|grandfather)\s*[,!?.—]/i;
/** Pet kin words as the kin noun they stand for. */
const KIN_PET: Readonly<Record<string, string>> = {
  mummy: 'mum', mommy: 'mom', mama: 'mamma', daddy: 'dad', auntie: 'aunt', granny: 'grandmother', gran: 'grandmother', grandma: 'grandmother', grandpa: 'grandfather',
};

const tieKey = (word: string): string | null => {
  const tie = tieOf(KIN_PET[word.toLowerCase()] ?? word);
  return tie ? tie.join(' ') : null;
};

/** The ties the narration gives its narrator's relatives ("my aunt", "my father"): tie and gender, as keys. */
export function narratorsTies(items: readonly Item[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const kin = items[i].lower === 'my' ? kinNounAfter(items, i) : -1;
    const key = kin < 0 ? null : tieKey(items[kin].lower);
    if (key) found.add(key);
  }
  return found;
}

/** Whether words call someone by a kin word for a tie the narration gives the narrator ("…, aunt." of "my aunt"). */
export function callsNarratorsRelative(words: string, ties: ReadonlySet<string>): boolean {
  const call = KIN_CALL.exec(words);
  const key = call && tieKey(call[1]);
  return !!key && ties.has(key);
}
