import { describedInFull } from './fullDescriptions';
import { DETERMINERS, GENERIC_PERSON_NOUNS, IRREGULAR_PAST, PHRASE_STOPS, withLowerDeterminer } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { lastBefore, wordPositions } from './wordPositions';

// Fiction shows a stranger once by what sets them apart ("a man in a straw hat leaned out") and tags their words after
// by the plain noun alone: "“Sure you got it,” the man said." "The man" says nothing of who he is; the description
// that brought that noun in does, so it is how the text names him, as a person's fullest name is their name.

/** How many items back the showing description is sought: a scene. */
const REACH = 1500;
/**
 * What sets a stranger apart is what they wear, carry or where they stand: "in a straw hat", "with a lantern". A
 * clause or a participle after the noun ("a man who had been soaked in water", "a young lady advancing") tells what
 * they did, which the text does not call them by.
 */
const TIES = /^(?:in|with|from|at|of|near|beside|behind|by)$/;
/** Heads that are no one's plain noun: a voice is a sound, "the other" and "the one" point back to a pair. */
const NOT_PLAIN = /^(?:voice|other|one|figure|creature|person|individual)$/;

/**
 * For a definite tag by a plain person noun ("the man", "the tall man", items [first, last]) that the text names no one
 * by, the nearest earlier "a …" description of the noun ("a tall man in a drover’s smock"), holding the tag's
 * modifiers, when a phrase after its noun says more of them than the tag does (`TIES`); as written. Null when the nearest use of
 * the noun is another's ("another man", "his man") or the description adds nothing.
 */
export function shownStranger(original: string, items: readonly Item[], first: number, last: number): string | null {
  const head = normalizeWord(items[last].lower);
  if (items[first].lower !== 'the' || !GENERIC_PERSON_NOUNS.has(head) || NOT_PLAIN.test(head)) return null;
  const modifiers = items.slice(first + 1, last).filter(isWord).map((it) => it.lower);
  const at = wordPositions(items).get(head) ?? [];
  for (let i = lastBefore(at, first); i >= 0 && at[i] >= first - REACH; i--) {
    const k = at[i];
    // "a man's voice": an owner, not the one brought in.
    if (/['’]s?$/.test(items[k].text)) continue;
    const opener = openerOf(items, k);
    if (opener === null) return null;
    // "The man in the straw hat laughed": an earlier tag of the same noun is passed, back to the one that brought it in.
    if (items[opener].lower === 'the') continue;
    const own = items.slice(opener + 1, k).filter(isWord).map((it) => it.lower);
    if (!/^(?:a|an)$/.test(items[opener].lower) || !modifiers.every((m) => own.includes(m))) return null;
    let end = TIES.test(items[k + 1]?.lower ?? '') ? describedInFull(items, k) : k;
    // "a woman with a lantern came up the lane": the phrase ends before its sentence's verb.
    const verb = items.slice(k + 2, end + 1).findIndex((it) => IRREGULAR_PAST.has(it.lower));
    if (verb >= 0) end = k + 1 + verb;
    return end > k ? withLowerDeterminer(original.slice(items[opener].start, items[end].end)) : null;
  }
  return null;
}

/** The determiner opening the phrase whose noun is item `k`, past a few lower-case modifiers; null for any other opening. */
function openerOf(items: readonly Item[], k: number): number | null {
  for (let j = k - 1; j >= 0 && j >= k - 5 && items[j].sentence === items[k].sentence; j--) {
    // "a tall, thin man": a comma between modifiers.
    if (items[j].text === ',') continue;
    if (!isWord(items[j])) return null;
    const w = items[j].lower;
    if (/^(?:a|an|the)$/.test(w)) return j;
    if (DETERMINERS.has(w) || PHRASE_STOPS.has(w) || /['’]s$/.test(items[j].text) || !/^\p{Ll}[\p{Ll}-]*$/u.test(items[j].text)) return null;
  }
  return null;
}
