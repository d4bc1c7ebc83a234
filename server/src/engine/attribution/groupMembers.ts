import { isKnownPersonNoun } from './clauses';
import { describedInFull } from './fullDescriptions';
import { SPEECH_VERBS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, sentenceStart, type Item } from './narration';

// News brings in unnamed sources as a group, by what they are and what they know ("according to two people familiar
// with the negotiations", "Three officials involved in the talks said"), then quotes one of them: "One of the people
// said", "said one of them", "the second person said", "another official added". The speaker is one member, and the
// text's only name for them is the group's description made singular: "a person familiar with the negotiations".

/** How many sentences back, from the member's, the group's introduction is sought. */
const GROUP_SENTENCES = 4;
/** How many words may stand between a group's count and its plural noun ("two senior Western diplomats"). */
const MODIFIERS = 3;

/** Words counting a group as the text brings it in: "two people", "several officials". */
const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)$/;
/** Words that pick one of a group out as a further member: "the second person", "the other official". */
const ORDINAL = /^(?:other|second|third|fourth|fifth|first)$/;
/** Words making a group one already known or not counted: "the diplomats", "those people", "many officials". */
const KNOWN_GROUP = /^(?:the|these|those|their|his|her|its|our|my|your|of|some|many|other|both|all)$/;
/** Speech verbs whose object is the hearer, not the speaker: "told reporters". */
const HEARER_VERBS = /^(?:told|tell|tells|telling|informed|assured|warned|asked|urged|reminded|briefed)$/;
/** Irregular plurals of people. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([['people', 'person'], ['children', 'child']]);

/** The singular person noun a plural is ("people" → "person", "diplomats" → "diplomat", "women" → "woman"), or null. */
export function personSingular(plural: string): string | null {
  const w = normalizeWord(plural);
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  const forms = [w.replace(/men$/, 'man'), w.replace(/ies$/, 'y'), w.replace(/s$/, '')];
  return forms.find((s) => s !== w && isKnownPersonNoun(s)) ?? null;
}

/** How a phrase picks a member out of a group: the first ("one of them") or a further one ("the other", "the second person"). */
interface Pick {
  /** The noun the phrase calls the group's members by ("person" of "one of the people"), if any. */
  readonly head: string | null;
  /** Whether it presupposes a member picked before it: "the other", "the second person", "another" alone, "that person". */
  readonly further: boolean;
}

/**
 * The member a phrase [first, last] picks out of a group: "one of them", "one of the people", "the second person",
 * "the other", "another", and "that person" for one just picked. Not "another official", which news uses as often for a source beyond the group, nor one the
 * phrase goes on to describe ("one of the people who work there").
 */
function memberPicked(items: readonly Item[], first: number, last: number): Pick | null {
  if (describedInFull(items, last) !== last) return null;
  const words = items.slice(first, last + 1).map((it) => it.lower);
  const [a, b, c] = words;
  if (a === 'one' && b === 'of') {
    if (words.length === 3 && /^(?:them|those)$/.test(c)) return { head: null, further: false };
    // "one of the people": a plural after "the" or "those", a few words on at most.
    if (!/^(?:the|those)$/.test(c) || words.length > 3 + MODIFIERS) return null;
    const head = personSingular(words[words.length - 1]);
    return head ? { head, further: false } : null;
  }
  if (a === 'another' && words.length === 1) return { head: null, further: true };
  // "“…,” that person said": the member just picked, called again.
  if (a === 'that' && words.length === 2) return isKnownPersonNoun(b) ? { head: normalizeWord(b), further: true } : null;
  if (a !== 'the' || !ORDINAL.test(b ?? '') || words.length > 3) return null;
  if (words.length === 2) return b === 'other' ? { head: null, further: true } : null;
  const head = c === 'one' ? null : isKnownPersonNoun(c) ? normalizeWord(c) : undefined;
  return head === undefined ? null : { head, further: b !== 'first' };
}

/**
 * The one member of a described group the phrase [first, last] speaks as ("one of them", "the second person"): the
 * group's description, brought in within a few sentences before it with a count or no article, made singular with "a"
 * or "an"; null when the phrase picks no member or no such group went before. A further member ("the other") needs one
 * picked before it, as English gives "the second" only after a first.
 */
export function memberOfGroup(original: string, items: readonly Item[], phraseFirst: number, phraseLast: number): string | null {
  // "One of the people said …": the clause may hold only "the people", a group's noun as well as a plural, or only "one".
  const first = items[phraseFirst - 1]?.lower === 'of' && items[phraseFirst - 2]?.lower === 'one' ? phraseFirst - 2 : phraseFirst;
  const last = first === phraseLast && items[first].lower === 'one' ? partitiveEnd(items, first) : phraseLast;
  const picked = memberPicked(items, first, last);
  if (!picked || first === 0) return null;
  let head = picked.head;
  let from = first;
  for (let n = 0; n <= GROUP_SENTENCES && from > 0; n++) from = sentenceStart(items, from - 1);
  for (let k = first - 1; k >= from; k--) {
    if (!isWord(items[k])) continue;
    const singular = personSingular(items[k].lower);
    // "told reporters": the hearers, never the group "them" goes back to.
    if (!singular || (head && singular !== head) || HEARER_VERBS.test(items[k - 1]?.lower ?? '')) continue;
    // "one of them": the nearest group of people is whom "them" means, however it was called there.
    head = singular;
    const opening = groupOpening(items, k);
    // "the diplomats said": the group called again; its introduction lies further back.
    if (opening < 0) continue;
    if (picked.further && !pickedBetween(items, k, first)) return null;
    const end = describedInFull(items, k);
    const modifiers = opening < k ? original.slice(items[opening].start, items[k - 1].end) + ' ' : '';
    const rest = end > k ? original.slice(items[k].end, items[end].end) : '';
    const phrase = `${modifiers}${singular}${rest}`.replace(/\s+/g, ' ');
    return `${/^[aeiou]/i.test(phrase) && !/^(?:uni|use|eu|one)/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
  }
  return null;
}

/** The last item of "one of the … <plural>" from "one" at `one`, before a speech verb or the phrase's end; `one` if none. */
function partitiveEnd(items: readonly Item[], one: number): number {
  if (items[one + 1]?.lower !== 'of') return one;
  let last = one + 1;
  while (last < one + 3 + MODIFIERS && isWord(items[last + 1]) && items[last + 1].sentence === items[one].sentence && !SPEECH_VERBS.has(items[last + 1].lower)) last++;
  return last;
}

/** Whether a first member is picked between items `from` and `to`: "one of them", "One said". */
function pickedBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (items[k].lower === 'one' && (items[k + 1]?.lower === 'of' || SPEECH_VERBS.has(items[k + 1]?.lower ?? '') || SPEECH_VERBS.has(items[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * The first modifier of a group brought in at its plural noun `k`, "two senior diplomats" (the item after the count),
 * "according to diplomats involved …" (a bare plural); -1 when a determiner makes it a group already known ("the
 * diplomats", "those people", "their staff").
 */
function groupOpening(items: readonly Item[], k: number): number {
  for (let i = k - 1; i >= k - 1 - MODIFIERS; i--) {
    // A bare plural opens its clause or follows a preposition: "Diplomats involved in the drafting said", "according
    // to senior officials".
    // After "said" the plural speaks ("said officials involved in the talks"); after "told" it hears ("told reporters").
    const speaks = SPEECH_VERBS.has(items[i].lower) && !HEARER_VERBS.test(items[i].lower);
    if (!isWord(items[i]) || items[i].sentence !== items[k].sentence || /^(?:to|from|with|by|and|that)$/.test(items[i].lower) || speaks) return i + 1;
    if (COUNT.test(items[i].lower)) return i + 1;
    if (KNOWN_GROUP.test(items[i].lower) || /['’]s$/.test(items[i].lower)) return -1;
  }
  return -1;
}
