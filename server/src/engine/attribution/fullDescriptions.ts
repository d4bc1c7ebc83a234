import { IRREGULAR_PAST, PHRASE_STOPS, SPEECH_VERBS, isVerbModifier } from './lexicon';
import { isWord, type Item } from './narration';

// Someone the text does not name is known only by how it describes them, so that description is their name, given
// in full as a person's canonical name is their fullest: "a diplomat familiar with the negotiations", "an engineer at
// the airline's operations centre", "a man who lives on Clay Street", "a woman living opposite".

/** Prepositions whose phrase says which unnamed person: where they work, whom they speak for, where they stand. */
const TIES = /^(?:at|in|on|from|for|of|with|near|beside|behind|among|inside|outside)$/;
/** Nouns for one who serves or stands to someone, whom "to" ties them to: "an aide to Brandt", "a witness to the crash". */
const SERVING = /^(?:aide|adviser|advisor|assistant|secretary|envoy|ambassador|consultant|counsel|heir|successor|witness|deputy|chaplain)$/;
/** Adjectives tying someone to what they know: "a person familiar with …", "an official close to …". */
const KNOWING = /^(?:familiar|close|involved|briefed|connected)$/;
/** A tie to where, when or how they spoke, not to who they are: "said a spokesman in a statement", "on Tuesday". */
const OCCASIONS = /^(?:statement|interview|briefing|conference|call|speech|video|post|email|letter|message|broadcast|podcast|radio|television|tv|programme|program|documentary|tweet|moment|minute|hour|day|night|morning|afternoon|evening|week|weekend|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|anonymity)s?$/;
/** Prepositions of where someone is, after a participle placing them ("based in", "stationed at"). */
const PLACED = /^(?:in|at|on|near|inside|outside)$/;
/** Participles that say how someone spoke rather than who they are: "a man speaking on condition of anonymity". */
const SPEAKING = /^(?:speaking|saying|adding|asking|declining|requesting|refusing|citing|according|writing|talking|referring|noting|insisting)$/;
/** Words of a clause about withholding a name ("who asked not to be named"): it says nothing of who they are. */
const ANONYMITY = /^(?:name|named|identified|anonymity|anonymous)$/;

/** How many words a tie's phrase, a participle's or a "who" clause may take. */
const PHRASE_WORDS = 7;
const RELATIVE_WORDS = 10;

/**
 * The last item of the description of an unnamed person whose head noun is item `last`: past a tie ("at the
 * airline's operations centre"), a knowing adjective and its tie ("familiar with the negotiations"), a participle
 * ("living opposite") or a "who" clause ("who lives on Clay Street"), up to a comma, a speech verb or another
 * clause's verb. `last` itself when no such words follow.
 */
export function describedInFull(items: readonly Item[], last: number): number {
  // "a voice from the darkness of the yard" places a sound, not the one whose it is.
  if (items[last].lower === 'voice') return last;
  const sentence = items[last].sentence;
  const word = (k: number) => isWord(items[k]) && items[k].sentence === sentence;
  const next = last + 1;
  if (!word(next)) return last;
  const w = items[next].lower;
  if (w === 'who') return relativeEnd(items, next + 1, word) ?? last;
  if (KNOWING.test(w) && word(next + 1) && /^(?:with|to|in|on)$/.test(items[next + 1].lower)) return objectEnd(items, next + 2, word) ?? last;
  // "said a man to the crowd" is whom he spoke to, not who he is.
  if (TIES.test(w) || (w === 'to' && SERVING.test(items[last].lower))) return objectEnd(items, next + 1, word) ?? last;
  if (w.endsWith('ing') && !SPEAKING.test(w) && !SPEECH_VERBS.has(w)) return objectEnd(items, next + 1, word) ?? (ends(items, next + 1, word) ? next : last);
  // "a Western diplomat based in Vesna", "an officer stationed at the base": where a participle places them.
  if (/[^e]ed$/.test(w) && !SPEECH_VERBS.has(w) && word(next + 1) && PLACED.test(items[next + 1].lower)) return objectEnd(items, next + 2, word) ?? last;
  return last;
}

/** Whether the words stop at item `k`: a comma, the sentence's end, a speech verb. */
const ends = (items: readonly Item[], k: number, word: (k: number) => boolean) => !word(k) || SPEECH_VERBS.has(items[k].lower);

/** Whether item `k` ends a noun phrase: another preposition ("of" goes on), a verb ("got", "came"), an adverb. */
function endsPhrase(items: readonly Item[], k: number): boolean {
  const w = items[k].lower;
  // "on her first ship", "at the last minute": after a determiner such a word is an adjective, no adverb.
  const adjective = /^(?:the|a|an|his|her|their|its|my|our|your)$/.test(items[k - 1]?.lower ?? '');
  return (PHRASE_STOPS.has(w) && w !== 'of') || (isVerbModifier(w) && !adjective) || /[^e]ed$/.test(w) || SPEECH_VERBS.has(w) || (IRREGULAR_PAST.has(w) && !adjective);
}

/** The last item of the noun phrase from `from` ("the back of the hall"), unless it names an occasion or is empty. */
function objectEnd(items: readonly Item[], from: number, word: (k: number) => boolean): number | null {
  let end = from - 1;
  while (word(end + 1) && end + 1 < from + PHRASE_WORDS && !endsPhrase(items, end + 1)) end++;
  if (end < from || items[end].lower === 'of' || OCCASIONS.test(items[end].lower)) return null;
  return end;
}

/**
 * Whether item `k` is the speech verb that ends a "who" clause: a finite one ("who …, said"); one after "to" or a modal
 * is the clause's own ("who was not authorised to speak publicly", "who would speak only privately").
 */
function endsRelative(items: readonly Item[], k: number): boolean {
  return SPEECH_VERBS.has(items[k].lower) && !/^(?:to|would|could|can|will|may|might|must|should|not)$/.test(items[k - 1]?.lower ?? '');
}

/** The last item of a "who" clause from `from` up to a comma or a speech verb, unless it speaks or withholds a name. */
function relativeEnd(items: readonly Item[], from: number, word: (k: number) => boolean): number | null {
  let end = from - 1;
  while (word(end + 1) && end + 1 < from + RELATIVE_WORDS && !endsRelative(items, end + 1)) end++;
  if (end < from || items.slice(from, end + 1).some((it) => ANONYMITY.test(it.lower))) return null;
  // "who was waiting at the lights" says what they were doing then, not who they are.
  if (/^(?:was|were)$/.test(items[from].lower) && items[from + 1]?.lower.endsWith('ing')) return null;
  // A clause running on past its reach, or into a speech ("who told reporters …"), is not one description.
  return word(end + 1) && !endsRelative(items, end + 1) ? null : end;
}
