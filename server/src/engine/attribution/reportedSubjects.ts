import { isPersonNoun } from './clauses';
import { SPEECH_VERBS, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, sentenceStart, type Item } from './narration';

/** Words after a reported clause's subject that open its verb: "a guard had taken", "his daughter was". */
const AUXILIARIES = /^(?:had|has|have|was|were|would|could|is|are|kept|used)$/;

/** Determiners of someone a text brings in without a name: "a manager", "his eldest daughter". */
const UNNAMED = /^(?:a|an|his|her|their)$/;

/** How many words a subject phrase may run to ("a guard on the northern side"), and an aside between commas. */
const PHRASE_REACH = 7;
const ASIDE_REACH = 8;

/**
 * "Tkachev said a guard on the northern side had taken his watch. ¶ “He told me, ‘…’”": news brings in someone
 * unnamed as the subject of the words it reports, then lets its speaker go on about them; a he/she opening the
 * quotation right after that sentence is that someone, as the narration describes them. `qi` is the quotation's item,
 * which must open its sentence; null unless the sentence before reports speech and holds one such subject, of a person
 * noun that does not contradict the pronoun's sex and is not named in apposition ("his daughter, Ada, had").
 */
export function reportedSubjectBefore(original: string, items: readonly Item[], qi: number, gender: Gender): string | null {
  if (qi === 0 || sentenceStart(items, qi) !== qi) return null;
  const start = sentenceStart(items, qi - 1);
  if (items[qi].paragraph - items[qi - 1].paragraph > 1) return null;
  let found: string | null = null;
  let speech = false;
  for (let j = start; j < qi; j++) {
    if (items[j].kind === 'quote') return null;
    if (isWord(items[j]) && SPEECH_VERBS.has(items[j].lower)) speech = true;
    if (!speech || !isWord(items[j]) || !AUXILIARIES.test(items[j].lower) || j === start) continue;
    // "a tenured professor who is not a member, had stopped": a relative clause's verb is not the reported clause's.
    if (/^(?:who|whose)$/.test(items[j - 1].lower)) continue;
    const subject = subjectEndingAt(original, items, start, asideBefore(items, start, j) - 1, gender);
    if (subject === null) continue;
    if (found !== null && found !== subject) return null;
    found = subject;
  }
  return found;
}

/** Where the subject before the verb at `j` ends: before an aside between commas ("her daughter, who is 9, had"). */
function asideBefore(items: readonly Item[], start: number, j: number): number {
  if (items[j - 1]?.text !== ',') return j;
  for (let k = j - 2; k > start && k >= j - ASIDE_REACH; k--) if (items[k].text === ',') return isWord(items[k + 1]) && items[k + 1].capital ? -1 : k;
  return -1;
}

/** The unnamed person's description ending at item `end`, opened by a determiner after a speech verb, "that" or a comma. */
function subjectEndingAt(original: string, items: readonly Item[], start: number, end: number, gender: Gender): string | null {
  if (end < start || !isWord(items[end])) return null;
  for (let d = end; d >= start && d >= end - PHRASE_REACH && isWord(items[d]); d--) {
    if (!UNNAMED.test(items[d].lower) || items[d].capital) continue;
    const before = items[d - 1];
    if (!before || !(before.text === ',' || before.lower === 'that' || SPEECH_VERBS.has(before.lower))) return null;
    // The head noun: the last word before a preposition ("a guard on the northern side") or a relative clause ("a
    // neighbour who also kept cows"), else the phrase's last.
    let head = d + 1;
    while (head < end && !/^(?:on|of|at|in|from|for|with|who|whose)$/.test(items[head + 1].lower)) head++;
    const noun = normalizeWord(items[head].lower);
    const sex = roleGender(noun);
    if (!isPersonNoun(noun) || (sex && sex !== gender)) return null;
    // A relative clause is no part of the description, and its verb ("who kept") no auxiliary of the reported clause.
    const relative = head < end && /^(?:who|whose)$/.test(items[head + 1].lower);
    return original.slice(items[d].start, items[relative ? head : end].end);
  }
  return null;
}
