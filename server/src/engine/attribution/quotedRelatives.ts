import { isKnownPersonNoun } from './clauses';
import { isDocumentNoun } from './bodies';
import { describedInFull } from './fullDescriptions';
import { tieOf } from './kinship';
import { PRONOUN_GENDER, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isNarrator, KIN_ADDRESS, type PeopleTable, type PersonRecord } from './people';

// "“My grandmother used to say, ‘…’”", "“My mother came into my room. … Then she said, ‘…’”": inside a quotation, "my"
// and "our" are its speaker's, so the relative whose words it reproduces is the speaker's relative, not the outer
// speaker and not whoever the narration around it is about.

/** How many of a quotation's items before a quotation inside it are read for the speaker's relative. */
const RELATIVE_REACH = 40;

/** The person noun of a speaker's "my <noun>" or "our <noun>" at items [first, last], or null. */
export function ownedNoun(words: readonly Item[], first: number, last: number): string | null {
  if (last !== first + 1 || !/^(?:my|our)$/.test(words[first].lower) || !isKnownPersonNoun(words[last].lower)) return null;
  return normalizeWord(words[last].lower);
}

/** Words after which a clause's subject comes: a he/she after it most often goes back to a subject. */
export const BEFORE_SUBJECT = /^(?:and|but|then|when|so|because|while|until|once|after|before|as|if)$/;

/**
 * "“my mother came into my room. She thought I was asleep. … then she said, ‘…’”": the noun of the last "my <noun>" of
 * `gender` (by the noun itself: "mother", "uncle") the words of a quotation bring up as a clause's subject (opening a
 * sentence or a clause, not "with my brother") before item `before`, or null.
 */
export function ownedBefore(words: readonly Item[], before: number, gender: Gender): string | null {
  // A role of either sex ("my landlord", "my neighbour") is as likely the he/she as a "my mother" is the she.
  const at = subjectBefore(words, before, (w, noun) => /^(?:my|our)$/.test(w.lower) && (roleGender(noun) ?? tieOf(noun)?.[1] ?? gender) === gender);
  return at && normalizeWord(words[at.noun].lower);
}

/** How many lower-case words may stand between "the" and its person noun ("the young man", "the nice old lady"). */
const DEFINITE_MODIFIERS = 2;

/**
 * "“When the master wrote for you he said to me, ‘…’”", "“The young man on the phone was patient …”": the items of
 * "the" and its person noun of the last such phrase a quotation's words make a clause's subject before item `before`,
 * its noun of `gender` or of none ("master", "judge"), or null.
 */
export function definiteSubjectBefore(words: readonly Item[], before: number, gender: Gender): { the: number; noun: number } | null {
  return subjectBefore(words, before, (w, noun) => w.lower === 'the' && (roleGender(noun) ?? gender) === gender, DEFINITE_MODIFIERS);
}

/**
 * The items of the determiner and the person noun of the last "<determiner> <person noun>", with up to `modifiers`
 * lower-case words between, opening a sentence or a clause before item `before` that `fits`, or null.
 */
function subjectBefore(
  words: readonly Item[], before: number, fits: (determiner: Item, noun: string) => boolean, modifiers = 0,
): { the: number; noun: number } | null {
  for (let n = before - 1; n >= 1 && n >= before - RELATIVE_REACH; n--) {
    if (!isWord(words[n]) || words[n].capital || !isKnownPersonNoun(words[n].lower)) continue;
    for (let i = n - 1; i >= 0 && i >= n - 1 - modifiers && isWord(words[i]); i--) {
      const prior = words[i - 1];
      const opens = !prior || prior.sentence !== words[i].sentence || prior.kind === 'punct' || BEFORE_SUBJECT.test(prior.lower);
      if (opens && fits(words[i], normalizeWord(words[n].lower))) return { the: i, noun: n };
      if (words[i].capital) break;
    }
  }
  return null;
}

/**
 * The name of the relative a quotation's speaker calls "my <noun>": the one the text made their relative so, else the
 * speaker's <noun> ("Ilse's mother") when the speaker is named, else the bare noun ("the neighbour"). A first-person
 * narrator's own "my mother" stays so.
 */
export function speakersRelative(table: PeopleTable, speaker: string | null, person: PersonRecord | null, noun: string): string {
  const known = person ? table.relativeBy(person, noun) : null;
  if (known) return known.name;
  if (person && isNarrator(person)) return `my ${noun}`;
  // The narration's word for the tie, not the speaker's call: "my dad" is "Ray Tibbets's father".
  const kin = KIN_ADDRESS.get(noun) ?? noun;
  return speaker && /^\p{Lu}/u.test(speaker) ? `${speaker}'s ${kin}` : `the ${kin}`;
}

/**
 * "“My husband asked me to,” she said. “He said, ‘…’”": the relative a he/she in a quotation stands for, named as the
 * narration names its speaker there: called by name in the outer quotation's clause (`speakerMention`, "Ilse said"),
 * the name's ("Ilse's mother"); by "she", a description or nothing, the speaker's "my husband" is the narration's "her
 * husband" (a child's "dad" its "father").
 */
export function narratedRelative(table: PeopleTable, speaker: string | null, person: PersonRecord | null, noun: string, speakerMention: string | null): string {
  const kin = KIN_ADDRESS.get(noun) ?? noun;
  const known = person ? table.relativeBy(person, kin) : null;
  if (known) return known.name;
  const byName = !!person && !!speakerMention && table.personNamed(speakerMention) === person;
  const pronoun = /^(?:she|he)$/i.test(speakerMention ?? '') ? speakerMention!.toLowerCase() : null;
  const gender = pronoun ? PRONOUN_GENDER.get(pronoun)! : person && !byName && !isNarrator(person) ? table.gender(person) : null;
  return gender ? `${gender === 'f' ? 'her' : 'his'} ${kin}` : speakersRelative(table, speaker, person, noun);
}

/**
 * The last item of a person noun's description at `noun` in a quotation's words, through one tie and its noun ("the man
 * from the council", "the man from Leeds"): a quotation's clauses run on with verbs no word list knows ("came round").
 */
export function describedTie(words: readonly Item[], noun: number): number {
  const end = describedInFull(words, noun);
  if (end === noun) return noun;
  const object = /^(?:the|a|an|his|her|their|our|my|your)$/.test(words[noun + 2]?.lower ?? '') ? noun + 3 : noun + 2;
  let last = Math.min(end, object);
  while (last < end && words[last + 1].capital) last++;
  return last;
}

/** How many items before a quotation an "it" inside it looks for the document it stands for. */
const DOCUMENT_REACH = 40;

/**
 * "She had heard from him only once, in a text message sent on Monday. “It said, ‘I’m alive.’”": an "it" speaking
 * inside a quotation is the document the words before item `before` (the quotation's, or the narration before it)
 * last brought up ("a text message"), or null.
 */
export function documentBefore(original: string, words: readonly Item[], before: number): string | null {
  for (let i = before - 1; i >= 0 && i >= before - DOCUMENT_REACH; i--) {
    if (!isWord(words[i]) || words[i].capital || !isDocumentNoun(words[i].lower)) continue;
    for (let k = i - 1; k >= i - 3 && isWord(words[k]) && !words[k].capital; k--) {
      if (/^(?:a|an|the|his|her|their|my|our|its|this|that)$/.test(words[k].lower)) return original.slice(words[k].start, words[i].end);
    }
  }
  return null;
}
