import { ageOfPhrase, givenAge } from './agedPhrases';
import { isKnownPersonNoun, isPersonNoun, isPluralOf, phraseAfter, unnamedInFull, wordsOf, type Clause } from './clauses';
import { GENERIC_PERSON_NOUNS, roleGender, withLowerDeterminer } from './lexicon';
import { normalizeWord } from './names';
import { sentenceStart, type Item } from './narration';
import { reportsSpeech } from './newsDescriptions';
import { isCapitalised, type PeopleTable } from './people';
import { asideWithholdsName } from './withheldNames';

// News reports what someone unnamed said, then quotes them by a fresh definite phrase: "A picker at the depot, who
// asked not to be named, said the targets changed. “…,” the 46-year-old said", "The former employee, an engineer
// who worked there for nine years, said …. “…,” the engineer said". The phrase is that description, named in full as
// its own clause names it, not a woman named paragraphs before nor a new "the engineer".

/** How many items back the sentence before a phrase is sought. */
const SENTENCE_REACH = 80;

/**
 * The unnamed description the definite phrase [first, last] ("the 46-year-old", "the engineer", "the former
 * employee") calls again: the subject of the sentence just before, in its paragraph, reporting speech, when the
 * phrase is an age no one was written with or a person noun of no other gender that no named person holds.
 */
export function unnamedAgain(original: string, items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  if (items[first].lower !== 'the' || last === first) return null;
  const start = sentenceStart(items, first, Math.max(0, first - SENTENCE_REACH));
  if (start === 0) return null;
  // News gives a paragraph a sentence or two: "the <head>" may call again one brought in at the last paragraph's end.
  const sameParagraph = items[start - 1].paragraph === items[first].paragraph;
  const before = sentenceStart(items, start - 1, Math.max(0, start - 1 - SENTENCE_REACH));
  const age = ageOfPhrase(items, first, last);
  // Only a role's noun repeated says who without a speech verb: "a man … said the man" is as often another man.
  const head = normalizeWord(items[last].lower);
  const role = age === null && !GENERIC_PERSON_NOUNS.has(head) ? head : null;
  const described = (sameParagraph ? (describedSubject(items, before, role) ?? sourceGiven(items, before, start)) : null) ?? (role ? introducedOnce(items, before, start, role) : null);
  // The one picked from a group just before is whom the phrase means, over anyone holding the role further back.
  if (!described && role && isKnownPersonNoun(role) && oneOfGroup(items, before, role)) return `one ${role}`;
  if (!described) return null;
  const end = unnamedInFull(items, described.first, described.last);
  if (age !== null) {
    const holder = table.mentionAt(first)?.person;
    if (holder && givenAge(items, table, holder, first) === age) return null;
  } else {
    const gender = roleGender(head);
    const other = roleGender(normalizeWord(items[described.last].lower));
    // "One member of the expedition, who asked not to be named, said …. ‘…,’ the climber said": a source the sentence
    // just before keeps unnamed is whom the tag means, over anyone the text gave that role.
    const anonymous = sameParagraph && asideWithholdsName(items, end + 1);
    if (!(anonymous ? isPersonNoun(head) : isKnownPersonNoun(head)) || (gender && other && gender !== other) || (!anonymous && table.antecedent(first, null, head, null, true))) return null;
    // "One of the nurses, who …, said. “…,” the nurse said": one picked from a group is called again by its noun only.
    if (items[described.first + 1]?.lower === 'of' && !isPluralOf(normalizeWord(items[described.last].lower), (w) => w === head)) return null;
  }
  return withLowerDeterminer(original.slice(items[described.first].start, items[end].end));
}

/**
 * The unnamed person the sentence opening at item `s` is about while reporting their speech: "A picker at the depot,
 * who …, said", or the indefinite appositive of a definite subject ("The former employee, an engineer who …, said").
 * One the phrase calls by the same noun needs no speech verb: "A Marovian diplomat gave a different account. “…,” the
 * diplomat said" (`head`: the phrase's noun, null for an age).
 */
function describedSubject(items: readonly Item[], s: number, head: string | null): Clause | null {
  const subject = phraseAfter(items, s) ?? (head && /^(?:a|an)$/.test(items[s].lower) ? phraseAfter(items, s, true) : null);
  if (subject?.kind !== 'phrase') return null;
  // "One senior official, who …, said", "One of the nurses, who …, said": "one" brings someone in unnamed as "a" does,
  // and so does "another" ("Another shareholder, who asked not to be named, was blunter": a source, speaking or not).
  if (/^(?:a|an|one|another)$/.test(items[s].lower)) {
    const end = unnamedInFull(items, subject.first, subject.last);
    // "A neighbour of the depot, Eileen Pratt, told": someone named, whom the rules for names follow.
    const named = items[end + 1]?.text === ',' && isCapitalised(items[end + 2]);
    return !named && (reportsSpeech(items, end) || normalizeWord(items[subject.last].lower) === head || asideWithholdsName(items, end + 1)) ? subject : null;
  }
  if (items[s].lower !== 'the' || items[subject.last + 1]?.text !== ',' || !/^(?:a|an)$/.test(items[subject.last + 2]?.lower ?? '')) return null;
  const apposed = phraseAfter(items, subject.last + 2);
  return apposed?.kind === 'phrase' && reportsSpeech(items, subject.last) ? apposed : null;
}

/**
 * "…, according to a senior official who spoke on condition of anonymity.": the unnamed source "according to" (or "in
 * the words of") gives in the sentence [s, end) reports speech as a subject does, and the definite phrase after it
 * calls them again.
 */
function sourceGiven(items: readonly Item[], s: number, end: number): Clause | null {
  for (let k = s; k + 2 < end; k++) {
    // "…, in the words of one cabinet minister.": whose wording a phrase was, as "according to" gives a source.
    const from = items[k].lower === 'according' && items[k + 1].lower === 'to' ? k + 2 : wordsOf(items, k) ? k + 4 : -1;
    if (from < 0 || from >= end || !/^(?:a|an|one)$/.test(items[from].lower)) continue;
    const source = phraseAfter(items, from, true);
    return source?.kind === 'phrase' ? source : null;
  }
  return null;
}

/**
 * "The other, a Dunmore diplomat, was less generous", "That was the view of a banker in Tiras": the one person the
 * sentence [s, end) brings in as "a … <head>", whatever its place there, is whom the next sentence's "the <head>"
 * calls again (English gives a newcomer "a" and the same one, next, "the"); none when two are, or a name is apposed.
 */
function introducedOnce(items: readonly Item[], s: number, end: number, head: string): Clause | null {
  let found: Clause | null = null;
  for (let k = s; k < end; k++) {
    if (!/^(?:a|an)$/.test(items[k].lower)) continue;
    const phrase = phraseAfter(items, k, true);
    if (phrase?.kind !== 'phrase' || phrase.last >= end || normalizeWord(items[phrase.last].lower) !== head) continue;
    const full = unnamedInFull(items, phrase.first, phrase.last);
    if (found || (items[full + 1]?.text === ',' && isCapitalised(items[full + 2]))) return null;
    found = phrase;
  }
  return found;
}

/** How many words may open a group's sentence before its plural noun ("Senior officials who …"). */
const GROUP_MODIFIERS = 2;

/**
 * "Officials who worked on the document were more candid. One, who asked not to be named, said …": the sentence
 * opening at item `s` reports the speech of a bare "One" picked from the group of `head`s (a plural of that role) the
 * sentence before opens on.
 */
function oneOfGroup(items: readonly Item[], s: number, head: string): boolean {
  if (items[s].lower !== 'one' || items[s + 1]?.text !== ',' || s === 0 || !reportsSpeech(items, s)) return false;
  const group = sentenceStart(items, s - 1, Math.max(0, s - 1 - SENTENCE_REACH));
  for (let k = group; k <= group + GROUP_MODIFIERS && k < s && items[k].kind === 'word'; k++) {
    if (isPluralOf(normalizeWord(items[k].lower), (w) => w === head)) return true;
  }
  return false;
}
