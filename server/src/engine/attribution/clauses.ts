import { isAgeNoun } from './ageNouns';
import { isDocumentNoun } from './bodies';
import {
  ADDRESSEE_VERBS, BODY_NOUNS, CALENDAR_WORDS, DETERMINERS, FUNCTION_WORDS, HONORIFIC_GENDER, GENERIC_PERSON_NOUNS, KIN, ORGANISATION_WORDS, PHRASE_STOPS, PRONOUN_GENDER, SPEECH_VERBS, SPEECH_VERB_BASES, SUBJECT_PRONOUNS, SUBORDINATORS, WEAK_SPEECH_VERBS,
  isVerbModifier, pronounOf,
} from './lexicon';
import { insideName, isWord, type Item } from './narration';
import { tieOf } from './kinship';
import { isDemonym } from './demonyms';
import { describedInFull } from './fullDescriptions';
import { wordsOwnerBefore } from './wordsOf';
import { quotedAsObject } from './quotedAs';
import { subjectBeforeRelativeAside } from './relativeAsides';
import { findsThat } from './rulings';
import { isCapitalised, isRoleNoun } from './people';
import { isTitleWord, normalizeWord } from './names';
import { GIVEN_NAME_GENDER } from './givenNames';
import { isCommonOpening } from './openingCapitals';
import { inHeading } from './headings';
import { calledByName } from './namings';
import { closingClause } from './closingClauses';
import { THING_NOUNS } from './thingNouns';
import { lastMatch } from './lastMatches';

/** An attribution clause found around a quotation: the speech cue and the items of its speaker mention. */
export interface Clause {
  readonly cue: string;
  readonly first: number;
  readonly last: number;
  readonly kind: 'name' | 'pronoun' | 'phrase';
  /** The agent of a passive speech verb ("been told by a manager that …"), not the subject of its sentence. */
  readonly passive?: boolean;
}

/** The last item of an unnamed person's phrase [first, last] in full ("a midwife who worked at the unit"); `last` else. */
export function unnamedInFull(items: readonly Item[], first: number, last: number): number {
  return /^(?:a|an|one)$/.test(items[first].lower) && isPersonNoun(items[last].lower) ? describedInFull(items, last) : last;
}

/** Whether a phrase's head word names a person ("the parson", "the saloon-keeper", "the ladies"), not "his advice". */
export function isPersonNoun(lower: string): boolean {
  const w = normalizeWord(lower);
  // "The 34-year-old, who is out of contract, said"
  return isAgeNoun(w) || isPersonSingular(w) || isPluralOf(w, isPersonSingular);
}

/** Whether `w` is the plural ("ladies", "councillors") of a word `singular` accepts. */
export function isPluralOf(w: string, singular: (w: string) => boolean): boolean {
  return (w.endsWith('ies') && singular(`${w.slice(0, -3)}y`)) || (w.endsWith('s') && singular(w.slice(0, -1)));
}

/** Prepositions of place, beside those that stop a phrase: "a woman beside him" is no him. */
const PLACE_PREPOSITIONS = /^(?:beside|behind|near|around|round|among|beneath|below|above|along|alongside|past|inside|outside|opposite|next)$/;
/** Nouns ending as "men" does that are no one, though WordNet gives them a rare person's sense or none: "the nomen of Crane". */
const NOT_PEOPLE = /^(?:nomen|specimen|stamen)$/;
/** Endings of agent and role nouns ("saloon-keeper", "co-founder", "juror"); scripts/thing-nouns.mjs has the same. */
const PERSON_ENDING = /(?:man|men|[^e]er|or|ess|ist|ian|ant|ent|eer|ee|son|ster)$/;
/** Groups that speak as one: "the crowd roared", "the townspeople said". */
const SPEAKING_GROUPS = /(?:crowd|people|folk)$/;

/**
 * A person noun from the word lists, or one guessed from its ending, unless WordNet knows it as a thing only: "a
 * person familiar with the matter" has one person, "the water said" none. A body or a document keeps its ending's
 * reading, since news has them speak ("the committee said", "the statement read").
 */
function isPersonSingular(w: string): boolean {
  if (isKnownPersonNoun(w) || SPEAKING_GROUPS.test(w)) return true;
  return PERSON_ENDING.test(w) && !NOT_PEOPLE.test(w) && (!THING_NOUNS.has(w) || BODY_NOUNS.has(w) || isDocumentNoun(w));
}

/** Whether WordNet knows `lower` ("matter", "towers") only as a thing, though it ends as a person noun does. */
function isThingNoun(lower: string): boolean {
  const w = normalizeWord(lower);
  return THING_NOUNS.has(w) || isPluralOf(w, (s) => THING_NOUNS.has(s));
}

/** A person noun from the word lists, not guessed from its ending ("indignant" is no person). */
export function isKnownPersonNoun(lower: string): boolean {
  const w = normalizeWord(lower);
  // "said his cousin", "her fiancé said": every word of a family tie names a person.
  if (isRoleNoun(w) || GENERIC_PERSON_NOUNS.has(w) || KIN.has(w) || !!tieOf(w)) return true;
  // "team-mate" is "teammate": a compound is written closed or hyphenated alike.
  return w.includes('-') && isKnownPersonNoun(w.replace(/-/g, ''));
}

/** "And", "Monday", "Since": capitalised words that begin no name (titles such as "Dr." excepted). */
function isFunctionWord(it: Item): boolean {
  // "They'd laugh": a pronoun's contraction is still the pronoun.
  const w = normalizeWord(it.text).replace(/['’](?:d|ll|ve|re|m)$/, '');
  return FUNCTION_WORDS.has(w) && !HONORIFIC_GENDER.has(w);
}

/** "said June", "June asked": beside a speech verb, a common given name that is also a month or a modal is the name. */
function isNameBesideVerb(it: Item): boolean {
  return isWord(it) && /^\p{Lu}/u.test(it.text) && GIVEN_NAME_GENDER.has(normalizeWord(it.text));
}

/** Whether a capitalised item follows another in its sentence: "States" of "the United States" is no verb. */
const afterCapital = (items: readonly Item[], k: number) =>
  items[k].capital && isWord(items[k - 1]) && items[k - 1].capital && items[k - 1].sentence === items[k].sentence;

/** "Rep. Dan Kessling, R-Texas, said": a US party-and-state tag, not a name. */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

const TIME_NOUNS = /^(?:moment|minute|hour|day|night|morning|afternoon|evening|week|weekend|month|year|time|season|spring|summer|autumn|fall|winter)s?$/;
const POSSESSIVES = new Set(['his', 'her', 'my', 'our', 'their', 'your']);
export const isSpeechVerb = (it: Item | undefined, adjacent: boolean) =>
  isWord(it) && SPEECH_VERBS.has(it.lower) && (adjacent || !WEAK_SPEECH_VERBS.has(it.lower));

/** Reflexives that end a phrase after its head ("the vice-chancellor herself"). */
const REFLEXIVES = /^(?:himself|herself|themselves)$/;

/**
 * The speaker mention of a noun phrase starting at `i`: a pronoun, a name run or "the/his … noun". `anyHead`: the
 * phrase is the subject of an inverted speech verb (`"…," said the old horse`, `cried another female`), which makes
 * it a speaker whatever its head noun; elsewhere, and after a possessive, the head must name a person.
 */
export function phraseAfter(items: readonly Item[], i: number, anyHead = false): Clause | null {
  const it = items[i];
  if (!isWord(it)) return null;
  // "said his wife" is a phrase about someone else; "said he", "said her" (rare) are the pronoun itself.
  const possessive = POSSESSIVES.has(it.lower) && isWord(items[i + 1]) && !PHRASE_STOPS.has(items[i + 1].lower) && items[i + 1].sentence === it.sentence;
  if (!possessive && (SUBJECT_PRONOUNS.has(it.lower) || PRONOUN_GENDER.has(it.lower))) return { cue: '', first: i, last: i, kind: 'pronoun' };
  const someone = unnamedSomeone(items, i);
  if (someone) return nameInApposition(items, someone.last) ?? someone;
  // "said the Hungarian": a nationality for a person, a role phrase (not "the Velmoran prime minister").
  if (it.lower === 'the' && isWord(items[i + 1]) && isDemonym(items[i + 1].text) && endsPhrase(items, i + 2, it.sentence)) return { cue: '', first: i, last: i + 1, kind: 'phrase' };
  // "told the Ghana international": sports news's player capped by a country, whose name comes before the noun.
  if (it.lower === 'the' && isCapitalised(items[i + 1]) && items[i + 2]?.text === 'international' && endsPhrase(items, i + 3, it.sentence)) return { cue: '', first: i, last: i + 2, kind: 'phrase' };
  const headline = headlineRole(items, i);
  if (headline) return headline;
  let j = i;
  // Lower-case role words before a name: "said opposition lawmaker Kofi Boateng".
  while (isWord(items[j]) && !isCapitalised(items[j]) && !DETERMINERS.has(items[j].lower) && !PHRASE_STOPS.has(items[j].lower) && j < i + 3) j++;
  // "The chair …" opens a sentence with a determiner, not a name ("The Kremlin" stays a name).
  const determinerOpens = DETERMINERS.has(items[j]?.lower ?? '') && isWord(items[j + 1]) && !isCapitalised(items[j + 1]);
  // "Two years later Freel went back": a number opening a sentence is no one's name.
  if (isCapitalised(items[j]) && !determinerOpens && !NUMBER_WORD.test(items[j].lower) && (!isFunctionWord(items[j]) || DETERMINERS.has(items[j].lower) || isNameBesideVerb(items[j]))) {
    const run = nameRun(items, j);
    // "The Velmoran prime minister, Jonas Ferro,": a determiner and a capitalised adjective open a role phrase.
    if (!(DETERMINERS.has(items[j].lower) && run.last > j && rolePhraseAfter(items, run.last + 1))) return nameAfterRole(items, run.last) ?? possessed(items, j, run.last) ?? run;
  }
  if (!DETERMINERS.has(it.lower)) return null;
  let last = i;
  // "said the man a little impatiently": a second determiner starts another phrase; "the captain himself" ends at its reflexive.
  while (isWord(items[last + 1]) && !PHRASE_STOPS.has(items[last + 1].lower) && !REFLEXIVES.test(items[last + 1].lower) && (!SPEECH_VERBS.has(items[last + 1].lower) || nounBeforeVerb(items, last + 1)) && !DETERMINERS.has(items[last + 1].lower) && last < i + 5) {
    if (isCapitalised(items[last + 1]) && !isCapitalised(items[last])) {
      // "the U.S. special envoy Steve Witkoff": the name is the mention.
      const run = phraseAfter(items, last + 1);
      // "a Skogfrakt spokesman", "a Saravinian security official", "the Qalbari foreign ministry": someone unnamed or
      // a body, whom the name only qualifies.
      const qualifies = /^(?:a|an|one|the)$/.test(it.lower) && !!run && nounAhead(items, run.last + 1);
      // "the outgoing MP": an office in capitals ends the phrase, no name.
      const office = run?.first === run?.last && OFFICE_LETTERS.test(items[last + 1].text);
      // "the 27-year-old Scot said": a nationality ending the phrase is its head, no name.
      const nationality = run?.first === run?.last && isDemonym(items[last + 1].text) && endsPhrase(items, last + 2, it.sentence);
      if (run?.kind === 'name' && !qualifies && !office && !nationality) return run;
    }
    last++;
  }
  // "a thin, elderly gentleman": an adjective and a comma before the rest of a person phrase.
  if (last === i + 1 && items[last + 1]?.text === ',' && !isPersonNoun(items[last].lower)) {
    for (let k = last + 2; k <= last + 3 && isWord(items[k]) && !isCapitalised(items[k]) && !PHRASE_STOPS.has(items[k].lower) && items[k].sentence === it.sentence; k++) {
      if (isPersonNoun(items[k].lower)) {
        last = k;
        break;
      }
    }
  }
  while (last > i && items[last].lower.endsWith('ly')) last--;
  // "said his cousin" stays a matter for the person nouns: a possessive's owner is someone else.
  // "the boy half cried": a person noun before the last word ends the phrase there; a body's noun after one is the
  // head the role word qualifies ("the general staff said", "the student union said").
  if (anyHead && !isPersonNoun(items[last].lower) && !isBodyHead(items, last)) {
    for (let k = last - 1; k > i; k--) if (isKnownPersonNoun(items[k].lower)) return nameInApposition(items, last) ?? calledInApposition(items, last) ?? { cue: '', first: i, last: k, kind: 'phrase' };
  }
  // "said this week", "said that morning": a time, not a subject.
  const formerOrLatter = it.lower === 'the' && last === i + 1 && /^(?:former|latter)$/.test(items[last].lower);
  if (last <= i || ((!anyHead || POSSESSIVES.has(it.lower) || TIME_NOUNS.test(items[last].lower)) && !isPersonNoun(items[last].lower) && !isDemonym(items[last].text) && !formerOrLatter)) return null;
  return nameInApposition(items, last) ?? describedThenNamed(items, last) ?? calledInApposition(items, last) ?? { cue: '', first: i, last, kind: 'phrase' };
}

/** How many words a description in apposition may take up to its noun ("a retired crane operator"). */
const APPOSED_DESCRIPTION_WORDS = 5;

/**
 * "said the man inside, a retired crane operator named Tam Renn", "the woman said — a nurse called Joy Mensah —": a
 * description set off by a comma or a dash after item `end` (a tag's subject, past where they are, or its verb) that
 * gives a name by "named" or "called" renames the one the tag described, so the name is the speaker.
 */
function calledInApposition(items: readonly Item[], end: number): Clause | null {
  let mark = end + 1;
  while (mark <= end + PLACE_REACH && isWord(items[mark]) && !SPEECH_VERBS.has(items[mark].lower) && items[mark].sentence === items[end].sentence) mark++;
  const article = items[mark + 1];
  if (!/^[,—–]$/.test(items[mark]?.text ?? '') || !isWord(article) || !/^(?:a|an)$/.test(article.lower) || article.sentence !== items[end].sentence) return null;
  for (let k = mark + 2; k < mark + 2 + APPOSED_DESCRIPTION_WORDS && isWord(items[k]) && !isCapitalised(items[k]) && !PHRASE_STOPS.has(items[k].lower); k++) {
    if (isPersonNoun(items[k].lower) && calledByName(items, k)) return nameRun(items, k + 2);
  }
  return null;
}

/**
 * Whether item `k` heads a body's phrase: a body's noun, or a staff a role word qualifies ("the general staff", the
 * command an army's generals form; "sent an email to staff" are people).
 */
export function isBodyHead(items: readonly Item[], k: number): boolean {
  const w = normalizeWord(items[k].lower);
  return BODY_NOUNS.has(w) || isOpenBodyCompound(items, k) || (w === 'staff' && isWord(items[k - 1]) && isKnownPersonNoun(items[k - 1].lower));
}

/** "the coast guard": whether item `k` ends a compound written open whose closed form names a body ("coastguard"), no guard. */
export function isOpenBodyCompound(items: readonly Item[], k: number): boolean {
  return isWord(items[k - 1]) && !items[k - 1].capital && isWord(items[k]) && BODY_NOUNS.has(items[k - 1].lower + normalizeWord(items[k].lower));
}

/** How many lower-case modifiers may stand between a qualifying name and its person noun ("security" in "a Saravinian security official"). */
const MODIFIERS_AHEAD = 2;

/**
 * Whether a person's or a body's noun heads the lower-case words from item `k`, a modifier or two before it:
 * "spokesman", "security official", "foreign ministry".
 */
function nounAhead(items: readonly Item[], k: number): boolean {
  for (let j = k; j <= k + MODIFIERS_AHEAD && isWord(items[j]) && !items[j].capital && !PHRASE_STOPS.has(items[j].lower) && items[j].sentence === items[k].sentence; j++) {
    if (isKnownPersonNoun(items[j].lower) || isBodyHead(items, j)) return true;
  }
  return false;
}

/** Whether a phrase ends before item `k` of sentence `sentence`: a speech verb, a modifier of one or a stop follows, or nothing. */
function endsPhrase(items: readonly Item[], k: number, sentence: number): boolean {
  const after = items[k];
  return !isWord(after) || after.sentence !== sentence || SPEECH_VERBS.has(after.lower) || isVerbModifier(after.lower) || PHRASE_STOPS.has(after.lower);
}

/** How many words a headline's bare role may take ("mayor", "Carrow mayor", "grieving Carrow mum"). */
const HEADLINE_ROLE_REACH = 3;

/**
 * "“We will rebuild,” vows mayor", "“…,” says Carrow mayor": a headline drops its articles, so a person noun with no
 * determiner after its verb is the role phrase the body writes with "the".
 */
function headlineRole(items: readonly Item[], i: number): Clause | null {
  if (!inHeading(items, i) || DETERMINERS.has(items[i].lower)) return null;
  for (let k = i; k < i + HEADLINE_ROLE_REACH && isWord(items[k]) && items[k].paragraph === items[i].paragraph; k++) {
    if (PHRASE_STOPS.has(items[k].lower) || SPEECH_VERBS.has(items[k].lower)) return null;
    if (!isCapitalised(items[k]) && isPersonNoun(items[k].lower)) return endsPhrase(items, k + 1, items[k].sentence) ? { cue: '', first: i, last: k, kind: 'phrase' } : null;
  }
  return null;
}

/** "said one mother, Anita Coyle", "says one of them, Ruth Abel,": the name in apposition to a description ending at `last` is the speaker. */
function nameInApposition(items: readonly Item[], last: number): Clause | null {
  const apposed = items[last + 2];
  if (items[last + 1]?.text !== ',' || !isCapitalised(apposed) || apposed.sentence !== items[last].sentence || isFunctionWord(apposed)) return null;
  const name = phraseAfter(items, last + 2);
  return name?.kind === 'name' ? name : null;
}

/** How many words a place after a described speaker may run to ("one resident in Truro", "one supporter at the bar"). */
const PLACE_REACH = 6;

/**
 * "said one resident in Truro, 34-year-old nurse Lucy Harper", "said one fan, 61-year-old Brendan Coyle": after a
 * description (and where the person is), a name in apposition with an age or a role before it is the speaker's. Not
 * after "for" ("a spokesman for the council, Ashford Borough Council" is the body's), nor one with neither before it.
 */
function describedThenNamed(items: readonly Item[], head: number): Clause | null {
  let comma = head + 1;
  if (/^(?:at|in|on|near|from|of)$/.test(items[head + 1]?.lower ?? '')) {
    comma = head + 2;
    while (comma < head + 2 + PLACE_REACH && isWord(items[comma]) && items[comma].sentence === items[head].sentence) comma++;
    if (comma === head + 2) return null;
  }
  if (items[comma]?.text !== ',' || items[comma + 1]?.sentence !== items[head].sentence) return null;
  const name = phraseAfter(items, comma + 1);
  // An age or a role right before the name ("surveying Dick's attire" is no description).
  const described = (w: string) => isAgeNoun(w) || isKnownPersonNoun(w);
  if (name?.kind === 'name' && name.first > comma + 1 && described(items[name.first - 1].lower)) return name;
  // "a deputy governor of Ostan province, Rafiq Sultanov,": a place closed by its common noun takes no name in
  // apposition ("Truro, Cornwall" may), so a full name there is the person's.
  const placeClosed = comma > head + 1 && isKnownPersonNoun(items[head].lower) && !items[comma - 1].capital;
  return placeClosed && name?.kind === 'name' && name.first === comma + 1 && name.last > name.first ? name : null;
}

/** How many items the rest of a description's sentence may take before the next sentence opens on the name. */
const NEXT_SENTENCE_REACH = 60;

/**
 * "“…,” said the booth's cashier. Marta Novak, who has worked there for 11 years, said …", "…, as the hospital's chief
 * executive warned that … ¶ Dr Helen Okoro, who has run the hospital since 2021, said": a full name opening the
 * sentence after a description's, in its paragraph or opening the next, with a who-clause or an age after it: the
 * one described, then named. Not a name with a role in apposition ("Tom Hale, the opposition leader, disagreed"
 * brings in someone else), nor one with an office of its own written before it as a title ("Interior Minister Pavel
 * Strand, who …" after "a harbour police officer"), unless that office is the description's. The name's clause, if so.
 */
export function namedInNextSentence(items: readonly Item[], head: number): Clause | null {
  let k = head + 1;
  while (k < head + NEXT_SENTENCE_REACH && items[k]?.sentence === items[head].sentence) k++;
  // "… said the blow had “…”. “…,” said Sunil Dhar, who called an ambulance.": the next sentence's quotation names its
  // speaker after it, inverted.
  if (items[k]?.kind === 'quote' && items[k].paragraph === items[head].paragraph && isWord(items[k + 1]) && SPEECH_VERBS.has(items[k + 1].lower) && items[k + 1].sentence === items[k].sentence) k += 2;
  const first = items[k];
  if (!first || first.sentence === items[head].sentence || first.paragraph > items[head].paragraph + 1 || !isCapitalised(first) || isFunctionWord(first)) return null;
  const name = nameRun(items, k);
  for (let t = name.first; t < name.last; t++) if (isRoleNoun(items[t].lower) && normalizeWord(items[t].lower) !== normalizeWord(items[head].lower)) return null;
  const aside = items[name.last + 2];
  // "Ruth Kerr, 51, a council official at …,": a role of their own after the age.
  const role = items[name.last + 3]?.text === ',' && /^(?:a|an|the)$/.test(items[name.last + 4]?.lower ?? '');
  return name.last > name.first && items[name.last + 1]?.text === ',' && !!aside && (aside.lower === 'who' || (/^\d+$/.test(aside.text) && !role)) ? name : null;
}

/** Whether lower-case words from item `i` end, within three, in a role noun: "prime minister" of "The Velmoran prime minister". */
function rolePhraseAfter(items: readonly Item[], i: number): boolean {
  for (let k = i; k < i + 3 && isWord(items[k]) && !isCapitalised(items[k]) && !PHRASE_STOPS.has(items[k].lower); k++) if (isRoleNoun(items[k].lower)) return true;
  return false;
}

/** Offices written in capitals after "the" ("the outgoing MP", "the firm's CEO"): role nouns, not names. */
export const OFFICE_LETTERS = /^(?:MP|MPs|MSP|MEP|TD|KC|QC|CEO|CFO|COO|CTO)$/;

/** How many lower-case words a role between a name and its holder's may take ("Grand tour stage winner Tomas Ravenhill"). */
const ROLE_REACH = 3;

/**
 * "said Harbour manager Tomas Varga", "said Andes Pro team doctor Ines Carvalho": a club's or a country's name, a
 * role (its last word a person noun), then the name of the one who holds it, the speaker.
 */
function nameAfterRole(items: readonly Item[], last: number): Clause | null {
  let k = last + 1;
  while (k <= last + ROLE_REACH && isWord(items[k]) && !isCapitalised(items[k]) && items[k].sentence === items[last].sentence && !isFunctionWord(items[k])) k++;
  if (k === last + 1 || !isKnownPersonNoun(items[k - 1].lower) || !isCapitalised(items[k]) || items[k].sentence !== items[last].sentence || isFunctionWord(items[k])) return null;
  return nameRun(items, k);
}

/** The last of the capitalised words from item `first` in its sentence. */
export function capitalsEnd(items: readonly Item[], first: number): number {
  let last = first;
  while (isCapitalised(items[last + 1]) && items[last + 1].sentence === items[first].sentence) last++;
  return last;
}

/**
 * The name of the capitalised words from item `first` to the last of them in its sentence, on over a connective
 * after a body's word or to capitals ending on one: "Dock" of "the Dock and Harbour Workers’ Union", "Royal College"
 * of "the Royal College of Nursing" is no one's name. A body's name, once its word is read, holds its connectives
 * ("the International Organisation for Refugees and Migration"), unless a person's name follows "and".
 */
function nameRun(items: readonly Item[], first: number): Clause {
  let last = capitalsEnd(items, first);
  const body = (k: number) => ORGANISATION_WORDS.has(normalizeWord(items[k].lower));
  let bodySeen = false;
  while (isWord(items[last + 2]) && insideName(items, last + 1) && items[last + 2].sentence === items[first].sentence) {
    for (let k = first; k <= last && !bodySeen; k++) bodySeen = body(k);
    const end = capitalsEnd(items, last + 2);
    const person = isTitleWord(items[last + 2].text) || GIVEN_NAME_GENDER.has(normalizeWord(items[last + 2].text));
    if (!body(last) && !body(end) && !(bodySeen && !person)) break;
    // "said Jeremy Hale of Ashby Partners": after a person's full name, "of" brings in their firm, no part of the name.
    if (items[last + 1].lower === 'of' && personBeforeOf(items, first, last + 1)) break;
    last = end;
  }
  return { cue: '', first, last, kind: 'name' };
}

/**
 * "said Pike's family", "said Mr Pike's mother, Joan", "Moldara's foreign minister, Ilse Drach, told": a name's
 * possessive brings in someone else, the noun after it (or the name in apposition to that noun).
 */
function possessed(items: readonly Item[], first: number, last: number): Clause | null {
  // "Moldara's", and a plural's "Rovers'".
  if (!/['’]s$|s['’]$/.test(items[last].lower)) return null;
  // The noun, after a word or two that qualify it ("Moldara's foreign minister").
  let head = last + 1;
  const lower = (k: number) => isWord(items[k]) && !isCapitalised(items[k]) && items[k].sentence === items[last].sentence;
  const someone = (k: number) => isKnownPersonNoun(items[k].lower) || GROUP_NOUNS.has(items[k].lower);
  while (head < last + 3 && lower(head + 1) && !someone(head)) head++;
  if (!lower(head) || !someone(head)) return null;
  // "Skyforth's founder and chief executive, Isla MacAulay,": two roles joined by "and" are one person's.
  if (items[head + 1]?.lower === 'and') for (let k = head + 2; k <= head + 3 && lower(k); k++) if (isKnownPersonNoun(items[k].lower)) head = k;
  const apposed = items[head + 2];
  if (items[head + 1]?.text === ',' && isCapitalised(apposed) && apposed.sentence === items[head].sentence && !isFunctionWord(apposed)) return nameRun(items, head + 2);
  // "Rovers' director of rugby, Neil Aldridge,": the name after the role's affiliation.
  return nameAfterAffiliation(items, head, items.length) ?? { cue: '', first, last: head, kind: 'phrase' };
}

/** Groups that speak as one for the person whose they are ("Pike's family", "the victim's relatives"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['family', 'families', 'relatives', 'parents', 'friends', 'lawyers', 'team', 'campaign', 'office', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "said another", "somebody else inquired", "said one of the colts": someone the text does not name, a phrase as
 * written ("said one official" is an ordinary phrase).
 */
function unnamedSomeone(items: readonly Item[], i: number): Clause | null {
  const it = items[i];
  if (!/^(somebody|someone|another|one)$/.test(it.lower)) return null;
  const next = items[i + 1];
  if (!isWord(next) || next.sentence !== it.sentence || SPEECH_VERBS.has(next.lower)) return { cue: '', first: i, last: i, kind: 'phrase' };
  if (next.lower === 'else') return { cue: '', first: i, last: i + 1, kind: 'phrase' };
  if (/^(?:somebody|someone)$/.test(it.lower)) return someoneFrom(items, i);
  if (next.lower !== 'of' || !isWord(items[i + 2]) || !/^(them|us|the|these|those|his|her|their|our)$/.test(items[i + 2].lower)) return null;
  let last = i + 2;
  while (last < i + 5 && isWord(items[last + 1]) && items[last + 1].sentence === it.sentence && !PHRASE_STOPS.has(items[last + 1].lower) && !SPEECH_VERBS.has(items[last + 1].lower)) last++;
  return { cue: '', first: i, last, kind: 'phrase' };
}

/**
 * "someone would ring and say", "someone from the office would phone": someone unnamed, with where they are from,
 * before a verb (a modal, or one in the past tense) or a speech verb.
 */
function someoneFrom(items: readonly Item[], i: number): Clause | null {
  let last = i;
  if (/^(?:from|at)$/.test(items[i + 1].lower)) {
    last = i + 1;
    while (last < i + 5 && isWord(items[last + 1]) && items[last + 1].sentence === items[i].sentence && !SPEECH_VERBS.has(items[last + 1].lower) &&
      !MODALS.test(items[last + 1].lower) && (last === i + 1 || !PHRASE_STOPS.has(items[last + 1].lower))) last++;
    if (last === i + 1) return null;
  }
  const verb = items[last + 1];
  return isWord(verb) && (MODALS.test(verb.lower) || SPEECH_VERBS.has(verb.lower)) ? { cue: '', first: i, last, kind: 'phrase' } : null;
}

const MODALS = /^(?:would|will|could|might|should|can|may|must|did|does|do|had|has|was|always|once|then|still|never)$/;

const PLACE_BEFORE = /^(?:from|in|at|of|on|near)$/;
const isPreposition = (w: string) => PLACE_BEFORE.test(w) || PLACE_PREPOSITIONS.test(w) || PREPOSITIONS.test(w);
const AFFILIATION = /^(?:of|at|from|for)$/;
/** How many items a relative clause between commas may span before its verb ("X, who …, said"). */
const RELATIVE_REACH = 32;
/** How many items an appositive between commas may span ("Oliver Strand, an economist at the institute,"). */
const APPOSITIVE_REACH = 14;

/**
 * Whether the capitalised words [first, of) before an "of" are a person's name, titles aside, so that what follows is
 * their firm: "Ruth Castellano of Morgan Fairbank", "Detective Sergeant Paul Linden of", "Dr Linden of" (not "Secretary
 * of State" or "Bank of England", a single word before it).
 */
function personBeforeOf(items: readonly Item[], first: number, of: number): boolean {
  let lead = first;
  while (lead < of && isTitleWord(items[lead].text)) lead++;
  const person = (x: Item) => isCapitalised(x) && !isTitleWord(x.text) && !DETERMINERS.has(x.lower) && !ORGANISATION_WORDS.has(normalizeWord(x.lower));
  const names = of - lead;
  return (names >= 2 || (names === 1 && lead > first)) && items.slice(lead, of).every(person);
}

/**
 * Whether item `k` joins the capitalised words around it into a body's name: "of", "for", or "on" after a body's noun;
 * "and" after capitals holding a body's word ("the Department for Health and Social Care"), before no person's name.
 */
const joinsName = (items: readonly Item[], k: number): boolean =>
  /^(?:of|for)$/.test(items[k].lower) || (items[k].lower === 'on' && BODY_NOUNS.has(normalizeWord(items[k - 1]?.lower ?? ''))) ||
  (items[k].lower === 'and' && isWord(items[k + 1]) && !isTitleWord(items[k + 1].text) && !GIVEN_NAME_GENDER.has(normalizeWord(items[k + 1].text)) && bodyWordBefore(items, k));

/** Whether the capitals (and "of", "for") running back from item `k` hold a body's word: "Organisation for Refugees". */
function bodyWordBefore(items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= 0 && (isCapitalised(items[j]) || /^(?:of|for)$/.test(items[j].lower)) && items[j].sentence === items[k].sentence; j--) {
    if (ORGANISATION_WORDS.has(normalizeWord(items[j].lower))) return true;
  }
  return false;
}

/** The speaker mention ending right before item `end` (exclusive), read backwards: "the Russian president", "Tatiana Stanovaya, an analyst,". */
export function phraseBefore(items: readonly Item[], end: number, floor: number): Clause | null {
  let k = end - 1;
  // "He used to say": a habit, like an adverb, stands between the subject and its verb.
  const habit = (i: number) => (items[i].lower === 'to' && items[i - 1]?.lower === 'used') || (items[i].lower === 'used' && items[i + 1]?.lower === 'to');
  while (k >= floor && isWord(items[k]) && ((isVerbModifier(items[k].lower) && !isCapitalised(items[k])) || habit(k))) k--;
  if (k < floor) return null;
  const it = items[k];
  if (it.text === ',') {
    const whose = namedAfterWhose(items, k, floor);
    if (whose) return whose;
    // "Keller, who took over after the founder, Martin Pellar, stepped down, described": a relative clause holding
    // commas of its own stands between the subject and its verb.
    const relative = relativeOpening(items, k, floor);
    if (relative !== null) return apposedName(items, phraseBefore(items, relativeBefore(items, relative, floor), floor), floor);
    // An appositive between commas: a name inside it wins ("The moderator, journalist Samuel Okafor,"), else the
    // phrase before it ("Oliver Strand, an economist at the institute,").
    let open = k - 1;
    while (open >= floor && items[open].text !== ',' && k - open < RELATIVE_REACH) open--;
    if (open < floor || items[open].text !== ',') return null;
    // A long one only as a relative clause: "A senior official, who spoke on condition of anonymity because …, said".
    if (k - open >= APPOSITIVE_REACH && !/^(?:who|whose|which)$/.test(items[open + 1]?.lower ?? '')) return null;
    // "Mike Sutherland, head of the Association of School Leaders, which represents head teachers, said": a "which"
    // clause describes the thing it follows; the speaker is the one that thing's appositive describes.
    if (items[open + 1]?.lower === 'which') {
      let apposed = open - 1;
      while (apposed > floor && open - apposed < APPOSITIVE_REACH && items[apposed].text !== ',' && items[apposed].sentence === it.sentence) apposed--;
      return phraseBefore(items, items[apposed].text === ',' && apposed > floor ? apposed : open, floor);
    }
    // "Her husband's statement, read by the family's solicitor, Anita Rowe, said": a name in apposition to the object
    // of "by" is who read or wrote it, not the verb's subject.
    const participle = participleBefore(items, open, floor);
    if (participle !== null) return phraseBefore(items, participle, floor);
    for (let i = open + 1; i < k; i++) {
      // "Imogen Strand, counsel for Northwind,": a name after a preposition is not the one in apposition, nor one
      // after a participle ("Sam Ward, representing Luka Petrov,").
      if (items[i].kind === 'word' && (PHRASE_STOPS.has(items[i].lower) || (!items[i].capital && /ing$/.test(items[i].lower)))) break;
      if (!isCapitalised(items[i]) || DETERMINERS.has(items[i].lower) || PARTY_STATE.test(items[i].text)) continue;
      // "Sarah Quinlan, the MP for Ludlow,": an office in capitals after a determiner is no name.
      if (OFFICE_LETTERS.test(items[i].text) && DETERMINERS.has(items[i - 1].lower)) continue;
      // "journalist Samuel Okafor," ends the appositive; "an Ostberg University hydrologist," only names a place in it;
      // "Dev Anand of the Green Coalition," is a name with what it stands for.
      const run = phraseAfter(items, i);
      // "Graham Holt, the Labour MP for Bath,", "the Republican Senator from Ohio,": after a determiner, capitals
      // ending in an office are a party or a place qualifying that office, not a name.
      if (run?.kind === 'name' && DETERMINERS.has(items[i - 1].lower) && (OFFICE_LETTERS.test(items[run.last].text) || isPersonNoun(items[run.last].lower))) break;
      // "The regulator, the Office for Academic Standards, said": a body's name holding a connective, whole, as written.
      if (run?.kind === 'name' && insideName(items, run.last + 1) && items.slice(i, k).every((x, j) => isCapitalised(x) || insideName(items, i + j))) return { cue: '', first: items[i - 1].lower === 'the' ? i - 1 : i, last: k - 1, kind: 'phrase' };
      if (run?.kind === 'name' && (run.last === k - 1 || AFFILIATION.test(items[run.last + 1]?.lower ?? ''))) return run;
    }
    // "One of them, a senior Caldonian official, said": one of a group no words describe is the one the appositive does.
    const described = /^(?:them|us|those)$/.test(items[open - 1]?.lower ?? '') && items[open - 2]?.lower === 'of' && items[open - 3]?.lower === 'one' ? phraseAfter(items, open + 1) : null;
    if (described?.kind === 'phrase' && described.last === k - 1) return described;
    return apposedName(items, phraseBefore(items, open, floor), floor);
  }
  if (!isWord(it)) return null;
  if (SUBJECT_PRONOUNS.has(pronounOf(it.lower))) return { cue: '', first: k, last: k, kind: 'pronoun' };
  // "but an amiable baronet, who said “Exactly”": a "who" after a comma speaks for the one it follows, when that one
  // opens its clause (not one in apposition, nor the object of a preposition: "Ann Roe, critic of the Courier, who").
  if (it.lower === 'who' && items[k - 1]?.text === ',') {
    const antecedent = phraseBefore(items, k - 1, floor) ?? determinedPhraseBefore(items, k - 1, floor);
    const before = antecedent ? items[antecedent.first - 1] : undefined;
    const opens = !before || before.sentence !== items[antecedent!.first].sentence || /^(?:but|and|or|then|;)$/.test(before.lower);
    if (antecedent && antecedent.kind !== 'pronoun' && opens) return antecedent;
    // "a person familiar with the matter, who said": a "who" after a thing a preposition governs stands for the person
    // the phrase it ends began with, past a word qualifying that person ("familiar", "standing").
    if (antecedent?.kind === 'phrase' && !isPersonNoun(items[antecedent.last].lower) && before && isPreposition(before.lower)) {
      const qualified = isWord(items[antecedent.first - 2]) && !items[antecedent.first - 2].capital;
      const owner = phraseBefore(items, antecedent.first - 1, floor) ?? (qualified ? phraseBefore(items, antecedent.first - 2, floor) : null);
      if (owner?.kind === 'phrase' && isPersonNoun(items[owner.last].lower)) return owner;
    }
    return peopleAfterPreposition(items, k - 1, floor);
  }
  // "Minutes record her asking “…”", "heard him say": an object pronoun right before the verb is its subject, when a
  // verb's object ("said to him going out", "A woman beside him said" are a preposition's).
  if (/^(?:him|her)$/.test(it.lower) && !PHRASE_STOPS.has(items[k - 1]?.lower ?? '') && !PLACE_PREPOSITIONS.test(items[k - 1]?.lower ?? '')) return { cue: '', first: k, last: k, kind: 'pronoun' };
  if (isCapitalised(it)) {
    let first = k;
    // "The Diocese of Wexcombe", "Parents for Schools": a body's name holds "of" and "for" between capitals, and "on"
    // after a body's noun ("the Council on Foreign Relations"; "Hale on Monday said" is a name and a day).
    while (first - 1 >= floor && (isCapitalised(items[first - 1]) || (joinsName(items, first - 1) && isCapitalised(items[first - 2]))) && items[first - 1].sentence === it.sentence) first--;
    // "And", "Then": a sentence-initial word, not a name ("But Sidney" is Sidney).
    while (first < k && ((isFunctionWord(items[first]) && !DETERMINERS.has(items[first].lower)) || items[first].lower.endsWith('ly'))) first++;
    if (items.slice(first, k + 1).every((x) => FUNCTION_WORDS.has(x.lower)) && !(first === k && isNameBesideVerb(it))) return null;
    // "a surgeon at St Mary's in Lowford, England, who …, said": a name after a comma that follows a place's name is
    // the larger place that one lies in, so the place begins at the first.
    const town = items[first - 1]?.text === ',' && first - 2 >= floor && isCapitalised(items[first - 2]) ? placeBefore(items, first - 2, floor) : -1;
    if (town >= 0) first = town;
    // "A retired engineer, 74, from Brook Terrace, who …, warned": a name after a preposition is a place's, and the
    // subject stands before the appositive holding it.
    // "analysts at Nordea Capital wrote": people of a firm or a place are the phrase as written.
    if (PLACE_BEFORE.test(items[first - 1]?.lower ?? '')) {
      if (items[first - 2]?.text === ',') return phraseBefore(items, first - 1, floor);
      const who = phraseBefore(items, first - 1, floor);
      return who?.kind === 'phrase' || (who === null && isWord(items[first - 2]) && isPersonNoun(items[first - 2].lower) && first - 2 >= floor)
        ? { cue: '', first: who?.first ?? first - 2, last: k, kind: 'phrase' } : null;
    }
    // "Speaking Putin said": a participle opening the sentence is not the name's first word.
    if (first < k && (first === floor || items[first - 1].sentence !== it.sentence) && /^\p{Lu}\p{Ll}{3,}ing$/u.test(items[first].text)) first++;
    // "Ruth Castellano of Morgan Fairbank wrote": a full name before "of" is the person, what follows their firm
    // ("Secretary of State", "Bank of England" have a single word before it).
    const of = items.slice(first, k).findIndex((x) => x.lower === 'of');
    if (of >= 0 && personBeforeOf(items, first, first + of)) return { cue: '', first, last: first + of - 1, kind: 'name' };
    // "Inspector Paul Linden of the Kestleford Police said": the same before "of the".
    const the = items[first - 1]?.lower === 'the' && items[first - 2]?.lower === 'of' ? first - 2 : -1;
    if (the > floor) {
      let from = the - 1;
      while (from - 1 >= floor && isCapitalised(items[from - 1]) && items[from - 1].sentence === it.sentence) from--;
      if (personBeforeOf(items, from, the)) return { cue: '', first: from, last: the - 1, kind: 'name' };
    }
    // "The Diocese of Wexcombe said", "The Royal College of Midwives": a body's name, whole, as written.
    if (of >= 2 && items[first].lower === 'the') return { cue: '', first, last: k, kind: 'phrase' };
    // "The Dane said", "the Welshman replied": a nationality after "the" is a role phrase, as "the Danish rider" is.
    const article = items[first].lower === 'the' ? first : items[first - 1]?.lower === 'the' && first - 1 >= floor ? first - 1 : -1;
    if (article >= 0 && k === article + 1 && isDemonym(items[k].text)) return { cue: '', first: article, last: k, kind: 'phrase' };
    return { cue: '', first, last: k, kind: 'name' };
  }
  // "… as sheriff says case is “…”": a headline drops its articles, so a bare person noun before its verb is the role
  // phrase the body writes with "the".
  const before = items[k - 1];
  const bare = !isWord(before) || before.sentence !== it.sentence || !(DETERMINERS.has(before.lower) || isPersonNoun(before.lower) || /['’]s$/u.test(before.text));
  if (inHeading(items, k) && isKnownPersonNoun(it.lower) && bare) {
    return { cue: '', first: k, last: k, kind: 'phrase' };
  }
  const member = partitiveBefore(items, k, floor);
  if (member) return member;
  // "said that nurses told her": "that" before a plural is the conjunction, never a determiner ("those nurses").
  const plural = isPluralOf(normalizeWord(it.lower), isKnownPersonNoun);
  for (let i = k; i >= floor && i > k - 6 && isWord(items[i]); i--) {
    if (DETERMINERS.has(items[i].lower) && !(plural && /^(?:this|that)$/.test(items[i].lower))) {
      const named = items[i].lower === 'the' && isPersonNoun(it.lower) ? nameApposedTo(items, i, floor) : null;
      if (named) return named;
      // "A cleaner at the tower said", "A diplomat from a third country said": a phrase after a preposition is its
      // object, and the subject stands before it.
      const who = PLACE_BEFORE.test(items[i - 1]?.lower ?? '') ? phraseBefore(items, i - 1, floor) : null;
      if (who?.kind === 'phrase') return who;
      // "a man standing by the fire doors shouted": a participle's phrase after the subject ends in its preposition's object.
      const participle = items[i - 2];
      const standing = isWord(participle) && !participle.capital && participle.lower.endsWith('ing') && isPreposition(items[i - 1].lower) ? phraseBefore(items, i - 2, floor) : null;
      if (standing?.kind === 'phrase') return standing;
      // "One player who saw her in the locker room said": a thing's phrase ending a relative clause is its object.
      return isPersonNoun(it.lower) ? relativeOwner(items, i, floor) ?? { cue: '', first: i, last: k, kind: 'phrase' } : relativeOwner(items, i, floor);
    }
    // "A Department for Transport official": a connective between capitalised words is inside a name.
    if ((PHRASE_STOPS.has(items[i].lower) && !insideName(items, i)) || SPEECH_VERBS.has(items[i].lower)) break;
  }
  return barePlural(items, k, floor);
}

/** How many words the noun a "whose" opens may take ("whose chief medical officer"). */
const WHOSE_NOUN_WORDS = 4;

/**
 * "the Refugee Council, whose spokeswoman, Flavia Rendell, called it": a name set off after the noun "whose" opens, the
 * comma `comma` closing it right before the verb, is that noun's, and the verb is the relative clause's own, so the
 * name is its subject ("Keller, whose firm, Pellar Ltd, went bust, said" closes the clause before its verb).
 */
function namedAfterWhose(items: readonly Item[], comma: number, floor: number): Clause | null {
  let open = comma - 1;
  while (open > floor && isCapitalised(items[open])) open--;
  if (open === comma - 1 || items[open].text !== ',') return null;
  const name = phraseAfter(items, open + 1);
  if (name?.kind !== 'name' || name.last !== comma - 1) return null;
  let whose = open - 1;
  while (whose > floor && open - whose <= WHOSE_NOUN_WORDS && isWord(items[whose]) && !items[whose].capital && items[whose].lower !== 'whose') whose--;
  return items[whose]?.lower === 'whose' && whose < open - 1 && items[whose - 1]?.text === ',' && items[whose].sentence === items[comma].sentence ? name : null;
}

/**
 * "Mr. Pike the foreman comes down the row", "Tom Hale the blacksmith said": a role after "the" right after a name is
 * in apposition to it, and the name is the subject. Only a name with a title or of two words or more, after no
 * preposition ("On Tuesday the minister said" has none).
 */
function nameApposedTo(items: readonly Item[], the: number, floor: number): Clause | null {
  const last = the - 1;
  if (last < floor || !isCapitalised(items[last]) || items[last].sentence !== items[the].sentence) return null;
  const name = phraseBefore(items, the, floor);
  if (name?.kind !== 'name' || name.last !== last) return null;
  const titled = HONORIFIC_GENDER.has(items[name.first].lower.replace(/\.$/, ''));
  const before = items[name.first - 1];
  if (!(titled || name.last > name.first) || (isWord(before) && (PLACE_BEFORE.test(before.lower) || PREPOSITIONS.test(before.lower)))) return null;
  return name;
}

/** The first word of a place's name ending at the capitalised item `last`, when a preposition of place opens it ("in Lowford"); -1 else. */
function placeBefore(items: readonly Item[], last: number, floor: number): number {
  let first = last;
  while (first - 1 >= floor && isCapitalised(items[first - 1]) && items[first - 1].sentence === items[last].sentence) first--;
  return /^(?:in|at|from|near)$/.test(items[first - 1]?.lower ?? '') ? first : -1;
}

/** How many words may stand between "of" and the plural it picks one from ("one of the hospital's senior nurses"). */
const PARTITIVE_REACH = 4;

/**
 * "One of the nurses, who asked not to be named, said", "one of his neighbours told": the phrase ending at the plural
 * person noun `k` picks one unnamed member of a group, who is the speaker, not the group.
 */
function partitiveBefore(items: readonly Item[], k: number, floor: number): Clause | null {
  if (!isPluralOf(normalizeWord(items[k].lower), isPersonSingular)) return null;
  for (let i = k - 1; i > floor && i >= k - PARTITIVE_REACH && isWord(items[i]) && items[i].sentence === items[k].sentence; i--) {
    if (items[i].lower === 'of') return /^(?:one|another)$/.test(items[i - 1].lower) ? { cue: '', first: i - 1, last: k, kind: 'phrase' } : null;
  }
  return null;
}

/** How many words may stand before the head of a plural with no article ("angry opposition councillors"). */
const BARE_PLURAL_REACH = 3;

/**
 * "Opposition councillors accused …", "with local residents warning …", "said doctors had told": a plural person noun
 * from the word lists, with no article and only words in lower case (or the sentence's first) before it, opening its
 * clause: a group speaking.
 */
function barePlural(items: readonly Item[], k: number, floor: number): Clause | null {
  const head = normalizeWord(items[k].lower);
  if (!isPluralOf(head, isKnownPersonNoun)) return null;
  let first = k;
  const modifier = (i: number) => isWord(items[i]) && items[i].sentence === items[k].sentence && !PHRASE_STOPS.has(items[i].lower) && !DETERMINERS.has(items[i].lower) &&
    !FUNCTION_WORDS.has(items[i].lower) && !SPEECH_VERBS.has(items[i].lower) && (!items[i].capital || !isWord(items[i - 1]) || items[i - 1].sentence !== items[i].sentence);
  while (first - 1 >= floor && k - first < BARE_PLURAL_REACH && modifier(first - 1)) first--;
  const before = items[first - 1];
  // "His daughter said doctors had told the family that …": a clause a speech verb reports opens after it, and the
  // quotation is the words of the innermost telling.
  const told = items[k + 1]?.lower === 'told' || (/^(?:had|have)$/.test(items[k + 1]?.lower ?? '') && items[k + 2]?.lower === 'told');
  const reported = told && isWord(before) && !before.capital && SPEECH_VERBS.has(before.lower);
  // "said that nurses told her", "waits that ministers promised": "that" before a plural opens its clause.
  const opens = first === floor || !isWord(before) || before.sentence !== items[k].sentence || /^(?:with|and|as|while|that)$/.test(before.lower) || reported;
  return opens ? { cue: '', first, last: k, kind: 'phrase' } : null;
}

/**
 * "“…,” diplomats said", "“…,” two Western officials said", "according to three diplomats": a plural person noun from
 * the word lists, with no article and at most a number and a few modifiers before it, from item `i`: a group speaking,
 * as "Diplomats said …" opening a sentence is (barePlural).
 */
function pluralAfter(items: readonly Item[], i: number): Clause | null {
  for (let k = i; k < i + BARE_PLURAL_REACH && isWord(items[k]) && items[k].sentence === items[i].sentence; k++) {
    if (isPluralOf(normalizeWord(items[k].lower), isKnownPersonNoun)) return { cue: '', first: i, last: k, kind: 'phrase' };
    const modifier = NUMBER_WORD.test(items[k].lower) || /^\d+$/.test(items[k].text) ||
      (!PHRASE_STOPS.has(items[k].lower) && !DETERMINERS.has(items[k].lower) && !FUNCTION_WORDS.has(items[k].lower) && !SPEECH_VERBS.has(items[k].lower) && !POSSESSIVES.has(items[k].lower));
    if (!modifier) return null;
  }
  return null;
}

/**
 * "The Rev Alison Trent, the vicar of St Michael's, who will take the funeral, said": a description right after a
 * comma, behind a name opening the sentence, is in apposition to that name, who is the subject.
 */
function apposedName(items: readonly Item[], described: Clause | null, floor: number): Clause | null {
  if (described?.kind !== 'phrase' || items[described.first - 1]?.text !== ',') return described;
  const name = phraseBefore(items, described.first - 1, floor);
  const before = name && items[name.first - 1];
  // A quotation's closing full stop stands inside it, so a sentence after one may share its number.
  const opening = name && (!before || before.sentence !== items[name.first].sentence || before.kind === 'quote');
  return name?.kind === 'name' && opening ? name : described;
}

/** Prepositions whose object a relative "who" after it may stand for. */
const PREPOSITIONS = /^(?:by|to|of|for|from|with|among|amongst|at|before|against|between)$/;

/** How many words a preposition's object may take before a comma and its "who" ("by three appeal court judges, who"). */
const OBJECT_REACH = 5;

/**
 * "quashed by appeal judges, who said", "a rally with her local councillors, who told": a "who" stands for people,
 * so after a preposition's object the people that object describes speak. Not a name there: it may be a body's
 * ("Ann Roe, critic of the Courier, who"), the "who" then standing for the one before.
 */
function peopleAfterPreposition(items: readonly Item[], comma: number, floor: number): Clause | null {
  let p = comma - 1;
  while (p >= floor && comma - p <= OBJECT_REACH && isWord(items[p]) && !PHRASE_STOPS.has(items[p].lower) && !items[p].capital) p--;
  if (p < floor || p === comma - 1 || !isWord(items[p]) || !PREPOSITIONS.test(items[p].lower)) return null;
  const object = phraseAfter(items, p + 1, true) ?? pluralAfter(items, p + 1);
  return object && object.kind === 'phrase' && object.last === comma - 1 && isPersonNoun(normalizeWord(items[object.last].lower)) ? object : null;
}

/** "an amiable handsome baronet" ending right before item `end`: a determiner's phrase whatever its head, as "who" follows only a person. */
function determinedPhraseBefore(items: readonly Item[], end: number, floor: number): Clause | null {
  for (let i = end - 1; i >= floor && i >= end - 5 && isWord(items[i]); i--) {
    if (!DETERMINERS.has(items[i].lower)) continue;
    const np = phraseAfter(items, i, true);
    return np?.last === end - 1 ? np : null;
  }
  return null;
}

/**
 * The comma opening a participle's phrase with "by" that ends at the comma `comma` (", read by the family's
 * solicitor,"), if one does within its sentence.
 */
function participleBefore(items: readonly Item[], comma: number, floor: number): number | null {
  let by = false;
  for (let j = comma - 1; j >= floor && j > comma - APPOSITIVE_REACH && items[j].sentence === items[comma].sentence; j--) {
    if (items[j].text === ',') return by ? j : null;
    if (items[j].lower === 'by' && isWord(items[j - 1]) && /(?:ed|en|read)$/.test(items[j - 1].lower)) by = true;
  }
  return null;
}

/**
 * The comma opening a relative clause ", who …" or ", whose …" that ends at the comma `k` and holds other commas, if
 * one opens within RELATIVE_REACH items in the sentence.
 */
function relativeOpening(items: readonly Item[], k: number, floor: number): number | null {
  let commas = 0;
  for (let j = k - 1; j >= floor && j >= k - RELATIVE_REACH && items[j].sentence === items[k].sentence; j--) {
    if (items[j].text !== ',') continue;
    // "A worker who was not hired, and who asked not to be named because he …, said": a second relative clause.
    const and = items[j + 1]?.lower === 'and' ? 1 : 0;
    if (/^(?:who|whose)$/.test(items[j + 1 + and]?.lower ?? '')) return commas > 0 || and ? j : null;
    commas++;
  }
  return null;
}

/**
 * "A worker who was not hired, and who …": the "who" of a first relative clause running up to the comma `comma`
 * without one of its own, before which its subject ends; `comma` itself when there is none.
 */
function relativeBefore(items: readonly Item[], comma: number, floor: number): number {
  if (items[comma + 1]?.lower !== 'and') return comma;
  for (let j = comma - 1; j >= floor && comma - j <= RELATIVE_VERB_REACH && isWord(items[j]); j--) if (/^(?:who|whose)$/.test(items[j].lower)) return j;
  return comma;
}

/** How many words a relative clause may take before a phrase of its own ("who attended the closing dinner as an observer"). */
const RELATIVE_VERB_REACH = 10;

/**
 * "A dock worker who knew the brothers told …": the phrase at `first` is the object of a relative clause, and the
 * speaker is the one the clause describes.
 */
function relativeOwner(items: readonly Item[], first: number, floor: number): Clause | null {
  for (let j = first - 1; j >= floor && j >= first - 1 - RELATIVE_VERB_REACH && isWord(items[j]) && !items[j].capital; j--) {
    if (/^(?:who|whom)$/.test(items[j].lower)) return j < first - 1 ? phraseBefore(items, j, floor) : null;
  }
  return null;
}

/**
 * The clause of a quotation: the one after it, unless the quotation closes its own sentence ("…, not discipline.")
 * and the sentence it closes has one before it.
 */
/**
 * The speech clauses of the `quotations` quotations before item `first`, nearest first, that are phrases starting
 * before it: where an earlier description of a speaker is sought ("the spokesman" calling back "a spokesman for …").
 */
export function* phraseClausesBefore(items: readonly Item[], first: number, quotations: number): Generator<Clause> {
  let seen = 0;
  for (let q = first - 1; q >= 0 && seen < quotations; q--) {
    if (items[q].kind !== 'quote') continue;
    seen++;
    const clause = clauseOf(items, q);
    if (clause?.kind === 'phrase' && clause.first < first) yield clause;
  }
}

export function clauseOf(items: readonly Item[], q: number): Clause | null {
  // `"….", Ruiz said`: a comma after the closing mark still leads into the quotation's own clause, and so does a
  // speech verb in lower case (`"She has her faults." said Gabriel.`): no sentence opens on it.
  const next = items[q + 1];
  const tagAfter = next?.text === ',' || (isWord(next) && /^\p{Ll}/u.test(next.text) && isSpeechVerb(next, true));
  if (/[.]\W*$/u.test(items[q].text) && !tagAfter) return clauseBefore(items, q) ?? clauseAfter(items, q);
  return clauseAfter(items, q) ?? clauseBefore(items, q) ?? closingClause(items, q);
}

/**
 * `"…," said Good.`, `said Will,`: right after an inverted speech verb, a lone capitalised word that ends the clause
 * is a name even when it is also a common word (a day is not: `said Tuesday`).
 */
function capitalisedWordAfter(items: readonly Item[], i: number): Clause | null {
  const it = items[i];
  if (!isWord(it) || !isCapitalised(it) || CALENDAR_WORDS.test(it.lower) || SUBJECT_PRONOUNS.has(it.lower) || DETERMINERS.has(it.lower)) return null;
  const next = items[i + 1];
  return !next || next.kind !== 'word' || next.sentence !== it.sentence ? { cue: '', first: i, last: i, kind: 'name' } : null;
}

/** How many items may stand between a quotation and its speech verb ("Skyforth's founder and chief executive, Isla MacAulay, told"). */
const CLAUSE_GAP = 11;

/**
 * How many items may stand between a quotation and its speech verb from item `start`: more after a name and a comma,
 * for an appositive of its own length ("Jonas Weller, chief emerging markets economist at Halden Bank in London, told").
 */
function clauseGap(items: readonly Item[], start: number): number {
  let k = start;
  while (isCapitalised(items[k]) && items[k].sentence === items[start].sentence) k++;
  return k > start + 1 && items[k]?.text === ',' ? Math.max(CLAUSE_GAP, k - start + 1 + APPOSITIVE_REACH) : CLAUSE_GAP;
}

/** Words that open a subordinate clause after a speech clause ("when I asked him"). */
const CLAUSE_SUBORDINATORS = /^(?:when|as|while|after|before|because|since|until|till|once|though|although)$/;

/** Words that open a clause of another moment ("before I went out", "as it went on"). */
const TIME_SUBORDINATORS = /^(?:when|while|after|before|until|till|once|as)$/;

/**
 * "Gil told me before I went out, ‘…’", "I told him before he went on, ‘…’": whether the subject at item `first` opens
 * a subordinate clause set after a speech verb of its sentence. A verb that speaks only right before its words ("went
 * on") is there the moment's doing, and the words are the main verb's; "when he told staff the mill was “…”" stays.
 */
function subordinateToSpeech(items: readonly Item[], floor: number, first: number): boolean {
  if (!TIME_SUBORDINATORS.test(items[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2; k >= floor; k--) if (isSpeechVerb(items[k], false) && !nounUse(items, k)) return true;
  return false;
}

/** Words that join a clause of its own on after a quotation. */
const COORDINATORS = /^(?:and|but|or|yet)$/;

/** How many words a voice's phrase may hold before its noun ("a low, hoarse voice"). */
const VOICE_REACH = 4;

/**
 * `"…," came a voice from the settle`: a voice that came, rose or sounded after the words is their speaker, as a voice
 * that said them is (from the article to the voice's noun; its owner is sought as for "said a voice").
 */
function voiceThatCame(items: readonly Item[], start: number): Clause | null {
  if (!/^(?:came|rose|sounded)$/.test(items[start].lower) || !/^(?:a|an|the)$/.test(items[start + 1]?.lower ?? '')) return null;
  for (let k = start + 2; k <= start + 1 + VOICE_REACH && isWord(items[k]) && items[k].sentence === items[start].sentence; k++) {
    if (items[k].lower === 'voice') return { cue: items[start].lower, first: start + 1, last: k, kind: 'phrase' };
  }
  return null;
}

/** Whether "in the words of" opens at item `i`. */
export const wordsOf = (items: readonly Item[], i: number) => ['in', 'the', 'words', 'of'].every((w, k) => items[i + k]?.lower === w);

/** `"…," X said`, `"…," said X`, `"…," according to X`: the clause right after a quotation. */
export function clauseAfter(items: readonly Item[], q: number): Clause | null {
  let j = q + 1;
  while (items[j]?.kind === 'punct' && /^[,—–-]+$/.test(items[j].text)) j++;
  const start = j;
  const quote = items[q];
  if (!isWord(items[start]) || items[start].paragraph !== quote.paragraph) return null;
  if (items[start].lower === 'according' && items[start + 1]?.lower === 'to') {
    const np = phraseAfter(items, start + 2) ?? pluralAfter(items, start + 2);
    return np && { ...np, cue: 'according to' };
  }
  // "… as “funereal”, in the words of one cabinet minister.": the one whose wording the phrase just quoted is.
  if (items[q + 1]?.text === ',' && wordsOf(items, start)) {
    const np = phraseAfter(items, start + 4, true);
    return np && { ...np, cue: 'in the words of' };
  }
  const late = namedAfterwards(items, start);
  if (late) return late;
  const voice = voiceThatCame(items, start);
  if (voice) return voice;
  // "accusing the council of “hiding the numbers” and a minister asked to intervene": a clause joined on after the
  // quotation by a coordinator is one of its own, not the quotation's attribution.
  if (COORDINATORS.test(items[start].lower)) return null;
  const aside = /[.]\W*$/.test(quote.text) && items[q + 1]?.text !== ',' ? null : subjectBeforeRelativeAside(items, start, (it) => isSpeechVerb(it, true));
  if (aside) return aside;
  let end = start;
  const gap = clauseGap(items, start);
  while (end < items.length && end - start < gap + 3 && items[end].paragraph === quote.paragraph && (isWord(items[end]) || items[end].text === ',')) end++;
  for (let v = start; v < end && v - start < gap; v++) {
    // "“…” and that managers’ comments would be": a word right after a possessive is a noun, not a speech verb.
    if (!isSpeechVerb(items[v], true) || (v > start && /['’]s?$/u.test(items[v - 1].text) && isWord(items[v - 1])) || nounBeforeVerb(items, v)) continue;
    const verb = items[v];
    // `"…." He said: "…"`: after a quotation that ends its sentence, a clause ending in a colon opens the next one,
    // and one whose verb has an object (`"…." Voss denied it.`, `Pryce interrupted him.`) is narration; but a question
    // is asked of someone (`"…?" one journalist asked him.`).
    const askedOf = /\?\W*$/.test(quote.text) && /^ask(?:s|ed)?$/.test(verb.lower);
    if (/[.!?]\W*$/.test(quote.text) && (items[v + 1]?.text === ':' || (!askedOf && /^(?:it|him|her|them|me|us)$/.test(items[v + 1]?.lower ?? '')))) return null;
    if (v === start) {
      // "…,” noting that fewer wards …": a participle never inverts; it speaks for its sentence's subject.
      if (ADDRESSEE_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) return null;
      const np = phraseAfter(items, v + 1, true) ?? capitalisedWordAfter(items, v + 1) ?? subjectAfterInsert(items, v);
      return np && { ...np, cue: verb.text };
    }
    // A quotation that ends its sentence is followed by new narration more often than by its own clause, unless a
    // comma after its closing mark leads into that clause (`"….", Ruiz said`).
    // Nor is a subject with an appositive (`"…." A diplomat, also speaking anonymously, said`) the quotation's.
    if (/[.]\W*$/.test(quote.text) && items[q + 1]?.text !== ',' && (items[v + 1]?.lower === 'that' || end - v > 6 || items.slice(start, v).some((it) => it.text === ','))) return null;
    // "“…,” Vasca was quoted as saying": a passive "quoted as" speaks for its subject, as its active form for its object.
    const np = subjectWithin(items, start, passiveQuotedAs(items, v) ? v - 3 : v);
    const renamed = np?.kind === 'phrase' ? calledInApposition(items, v) : null;
    return np && { ...(renamed ?? np), cue: verb.text };
  }
  return null;
}

/** Whether the participle at `v` closes a passive "was quoted as saying" (or "were cited as telling"). */
function passiveQuotedAs(items: readonly Item[], v: number): boolean {
  return items[v].lower.endsWith('ing') && items[v - 1]?.lower === 'as' && /^(?:quoted|cited)$/.test(items[v - 2]?.lower ?? '') && /^(?:was|were|is|are|been)$/.test(items[v - 3]?.lower ?? '');
}

/** Nouns for what a quotation was: "That admission came from …", "Those were the words of …". */
const UTTERANCE_NOUNS = /^(?:words?|remarks?|comments?|admission|warning|verdict|assessment|claim|plea|message|response|reply|quip|confession|boast|promise|apology|answer|description|statement)$/;

/**
 * "“…” That admission came from the vice-chancellor herself, who …", "Those were the words of Ana Ruiz": the sentence
 * after a quotation naming who spoke it, from `start`: a demonstrative or "the", what the words were, "came from"; or
 * "those were the words of".
 */
function namedAfterwards(items: readonly Item[], start: number): Clause | null {
  if (!/^(?:that|this|those|these|the|such)$/.test(items[start].lower)) return null;
  let k = start + 1;
  let noun = false;
  for (; k < start + 4 && isWord(items[k]) && !/^(?:came|comes|come|was|were|is|are)$/.test(items[k].lower); k++) if (UTTERANCE_NOUNS.test(items[k].lower)) noun = true;
  const verb = items[k];
  if (!isWord(verb) || verb.sentence !== items[start].sentence) return null;
  if (noun && /^(?:came|comes|come)$/.test(verb.lower) && items[k + 1]?.lower === 'from') {
    const np = phraseAfter(items, k + 2);
    return np && { ...np, cue: verb.text };
  }
  // "Those were the words of Ana Ruiz": nothing between the demonstrative and its verb.
  if (k === start + 1 && /^(?:was|were|is|are)$/.test(verb.lower) && items[k + 1]?.lower === 'the' && UTTERANCE_NOUNS.test(items[k + 2]?.lower ?? '') && items[k + 3]?.lower === 'of') {
    const np = phraseAfter(items, k + 4);
    return np && { ...np, cue: items[k + 2].text };
  }
  // "That was one senior player, speaking privately": the demonstrative is the words, the phrase a person who spoke them.
  if (k === start + 1 && /^(?:that|this)$/.test(items[start].lower) && /^(?:was|is)$/.test(verb.lower)) {
    const np = phraseAfter(items, k + 1);
    // ("That is how Ruth Amadi describes it" names her in a clause of its own.)
    const someone = np && np.first === k + 1 && (np.kind === 'name' || (np.kind === 'phrase' && isKnownPersonNoun(items[np.last].lower)));
    return someone ? { ...np, cue: verb.text } : null;
  }
  return null;
}

/**
 * Particles that belong to the speech verb before them ("broke in", "spoke up", "cried out", "shouted back": an
 * answer), not to its subject.
 */
const PARTICLES: ReadonlyMap<string, RegExp> = new Map([
  ['in', /^(?:break|broke|put|chime[ds]?|cut|struck|strike)$/],
  ['out', /./],
  ['up', /./],
  ['forth', /./],
  ['back', /./],
]);

/**
 * `"…," interposed, more softly, a young wife`, `"…," broke in a thin gentleman`: the subject of an inverted verb
 * after a phrase between commas or after the verb's particle.
 */
function subjectAfterInsert(items: readonly Item[], v: number): Clause | null {
  const next = items[v + 1];
  if (isWord(next) && PARTICLES.get(next.lower)?.test(items[v].lower)) return phraseAfter(items, v + 2, true);
  if (next?.text !== ',') return null;
  let close = v + 2;
  // The words between the commas are an adverbial, not a clause of their own (`objects, she says, the oldest`).
  while (isWord(items[close]) && !SUBJECT_PRONOUNS.has(items[close].lower) && !SPEECH_VERBS.has(items[close].lower) && close < v + 7) close++;
  if (close === v + 2 || items[close]?.text !== ',' || items[close].sentence !== items[v].sentence) return null;
  return phraseAfter(items, close + 1, true);
}

/** The subject written between a quotation and its verb, commas and all ("Priya Raman, an analyst, said"). */
export function subjectWithin(items: readonly Item[], from: number, verb: number): Clause | null {
  let to = verb;
  while (to > from && isVerbModifier(items[to - 1].lower) && !isCapitalised(items[to - 1])) to--;
  if (to === from || to - from >= clauseGap(items, from)) return null;
  // `"What desolation!" she heard one voice say`: the one heard speaking is the speaker.
  for (let p = from; p < to - 1; p++) {
    if (!/^(?:hear|hears|heard|hearing|overhear|overheard)$/.test(items[p].lower)) continue;
    // "he heard her tell": the one heard is a he/she, written as an object.
    if (p + 2 === to && /^(?:him|her)$/.test(items[p + 1].lower)) return { cue: '', first: p + 1, last: p + 1, kind: 'pronoun' };
    const np = phraseAfter(items, p + 1, true);
    return np && np.last === to - 1 ? np : null;
  }
  const head = items[from];
  if (/^(and|but|or|then)$/.test(head.lower)) return subjectWithin(items, from + 1, verb);
  // "“…,” he translated, when I asked him": a he/she and its own verb are the quotation's clause, and the speech verb
  // of the subordinate clause after them is someone else's.
  if (SUBJECT_PRONOUNS.has(head.lower) && isWord(items[from + 1]) && items[from + 2]?.text === ',' && CLAUSE_SUBORDINATORS.test(items[from + 3]?.lower ?? '')) {
    return { cue: items[from + 1].text, first: from, last: from, kind: 'pronoun' };
  }
  if (items.slice(from, to).some((it) => it.text === ',')) {
    // "Since a trial in Year 8, she told": an opening adverbial, then the subject after its comma.
    if (isFunctionWord(head) && !DETERMINERS.has(head.lower) && !SUBJECT_PRONOUNS.has(head.lower)) {
      let comma = to - 1;
      while (items[comma].text !== ',') comma--;
      const np = phraseAfter(items, comma + 1);
      return np && np.last === to - 1 ? np : null;
    }
    // "Nordair's chief executive, Henrik Solberg, said", "the Harwick manager, Owen Pryce, said": the name in
    // apposition, not the owner or the side of the role.
    const apposed = (i: number) => items[i - 1]?.text === ',' && isCapitalised(items[i]) && !/['’]s$/.test(items[i].text);
    const sideOfRole = (i: number) => {
      let comma = i + 1;
      while (comma < to && items[comma].text !== ',') comma++;
      return comma > i + 1 && comma < to && !isCapitalised(items[comma - 1]) && isKnownPersonNoun(items[comma - 1].lower);
    };
    for (let i = from; i < to; i++) {
      if (!isCapitalised(items[i])) continue;
      const name = /['’]s$/.test(items[i].text) || sideOfRole(i) ? items.slice(i + 1, to).findIndex((_, k) => apposed(i + 1 + k)) : -1;
      return phraseAfter(items, name < 0 ? i : i + 1 + name);
    }
    return phraseBefore(items, to, from);
  }
  // `"…," the prima donna sang`: a phrase filling the gap between quotation and verb is its subject whatever its head.
  const plural = pluralAfter(items, from);
  if (plural?.last === to - 1) return plural;
  const np = phraseAfter(items, from, true);
  if (np && np.last === to - 1) return np;
  // `"…," prosecutors wrote`, `"…," local residents said`: a plural of people with no article, filling the gap, is a
  // group speaking, as it is before a quotation.
  const group = np ? null : barePlural(items, to - 1, from);
  if (group?.first === from) return group;
  // `"…," a spokeswoman for the Ostberg council said`: someone unnamed and what they speak for, the gap's whole description.
  const unnamed = np?.kind === 'phrase' && /^(?:a|an|one)$/.test(items[np.first].lower);
  // `"…," the general staff in Tavrin said`: a body and where it sits (a person's "in" may be their field: "the
  // finalist in the 400-meter hurdles").
  if (np?.kind === 'phrase' && !unnamed && isBodyHead(items, np.last) && placeCloses(items, np.last, to)) return np;
  const full = unnamed ? describedInFull(items, np.last) : -1;
  // "a spokesperson for the farmers' union in the south-west said": where they speak for it may close the description.
  return unnamed && (full === to - 1 || placeCloses(items, full, to)) ? { ...np, last: full } : null;
}

/** Whether a place ("in the south-west", "at the depot") fills the words after item `last` up to the verb at `to`. */
function placeCloses(items: readonly Item[], last: number, to: number): boolean {
  return /^(?:in|at|near|across)$/.test(items[last + 1]?.lower ?? '') && to - last - 2 >= 1 && to - last - 2 <= PLACE_REACH &&
    items.slice(last + 2, to).every((x) => isWord(x) && !SPEECH_VERBS.has(x.lower));
}

/** `X said: "…"`, `X described Y as "…"`, `calling it "…"`, `According to X, "…"`: the clause before a quotation in its sentence. */
export function clauseBefore(items: readonly Item[], q: number): Clause | null {
  // A paragraph that ends "… he said:" (or "he said,", "said--") introduces the quotation opening the next one.
  const colon = items[q - 1];
  if (colon && /^[:,—–-]+$/.test(colon.text) && colon.paragraph === items[q].paragraph - 1) return clauseEndingAt(items, q - 1, colon.sentence);
  const aside = quotingAside(items, q);
  return clauseEndingAt(items, aside >= 0 ? aside : q, items[q].sentence);
}

/** How many items an aside vouching for a quotation may hold (", and I wrote this down,"). */
const ASIDE_REACH = 7;

/**
 * "He said, and I wrote this down, ‘…’", "management told us, and I'm quoting, ‘…’": the item of the comma opening an
 * aside in which the one quoting ("and I …") vouches for the words, set between a speech verb (and its listener) and
 * the quotation; -1 when there is none. The speech clause is the one before it.
 */
function quotingAside(items: readonly Item[], q: number): number {
  if (items[q - 1]?.text !== ',') return -1;
  for (let k = q - 2; k >= 0 && k >= q - 1 - ASIDE_REACH && items[k].sentence === items[q].sentence; k--) {
    if (items[k].text !== ',') continue;
    if (items[k + 1]?.lower !== 'and' || !/^i(?:['’]m)?$/.test(items[k + 2]?.lower ?? '')) return -1;
    const verb = /^(?:me|us|him|her|them)$/.test(items[k - 1]?.lower ?? '') ? k - 2 : k - 1;
    return isSpeechVerb(items[verb], true) ? k : -1;
  }
  return -1;
}

/**
 * "“…,” the report said", "the reply came": a speech verb's word right after an article and right before a speech verb
 * is a noun, that verb's subject.
 */
function nounBeforeVerb(items: readonly Item[], v: number): boolean {
  const after = items[v + 1];
  return /^(?:the|a|an|this|that|its|their)$/.test(items[v - 1]?.lower ?? '') && isWord(after) && after.sentence === items[v].sentence && SPEECH_VERBS.has(after.lower);
}

/** Articles and other determiners that make the word after them a noun ("her" may be an object: "heard her tell"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'this', 'that', 'another', 'each', 'any', 'no', 'his', 'its', 'their', 'my', 'our', 'your']);

/**
 * "as if returning to some former remark of his:", "the undertaker's remarks were in tune": a speech verb's word after
 * an article or a possessive name, with at most one word between that names no person, is a noun. So is one in its
 * plain form after a singular word: "some former remark" has no verb, since a singular "former" would "remark".
 */
function nounUse(items: readonly Item[], v: number): boolean {
  const owner = (it: Item | undefined) => isWord(it) && (NOUN_DETERMINERS.has(it.lower) || /['’]s$/u.test(it.text));
  const before = items[v - 1];
  if (owner(before)) return true;
  // "The Ofsted report, published on Tuesday,": a document's noun after an article and one name is that name's document.
  if (isCapitalised(before) && owner(items[v - 2]) && isDocumentNoun(items[v].lower)) return true;
  // "A cleaner at the tower said": a thing's noun is a verb's subject as a person's is, though it speaks for no one.
  const noun = (w: string) => isPersonNoun(w) || isThingNoun(w);
  const agrees = noun(before?.lower ?? '') && (/s$/.test(before.lower) || !SPEECH_VERB_BASES.has(items[v].lower));
  return isWord(before) && !isCapitalised(before) && !agrees && owner(items[v - 2]);
}

/**
 * Whether a ", whose <noun>, <Name>," clause after the phrase ending at `last` goes on with an active speech verb of
 * its own before item `q`, no comma closing it after the verb: the words are that name's.
 */
function speaksInWhoseClause(items: readonly Item[], last: number, q: number): boolean {
  if (items[last + 1]?.text !== ',' || items[last + 2]?.lower !== 'whose') return false;
  for (let k = last + 3; k < q; k++) {
    if (isActiveSpeechVerb(items, k) && items[k - 1].text === ',' && namedAfterWhose(items, k - 1, last + 1)) return !items.slice(k + 1, q).some((x) => x.text === ',');
  }
  return false;
}

/** The clause in sentence `sentence` before item `q` (exclusive). */
const CLAUSE_REACH = 80;

function clauseEndingAt(items: readonly Item[], q: number, sentence: number): Clause | null {
  // A cue further back than a long sentence's worth of items is not this quotation's, and stopping there keeps a
  // "sentence" of thousands of quotations (no full stops) linear.
  let floor = q;
  while (floor > 0 && q - floor < CLAUSE_REACH && items[floor - 1].sentence === sentence) floor--;
  for (let i = floor; i < q - 1; i++) {
    if (items[i].lower === 'according' && items[i + 1].lower === 'to') {
      // "According to two diplomats who were present, she warned them that “…”": a group as the source reports what
      // the clause's own subject said, the speaker.
      const group = pluralAfter(items, i + 2);
      let speech = false;
      for (let k = (group?.last ?? q) + 1; k < q && !speech; k++) speech = isActiveSpeechVerb(items, k);
      const np = phraseAfter(items, i + 2) ?? (speech ? null : group);
      // "according to the Refugee Council, whose spokeswoman, Flavia Rendell, called it “…”": the source of the figures,
      // not of words a speech verb of its "whose" clause brings in.
      if (np && !speaksInWhoseClause(items, np.last, q)) return { ...np, cue: 'according to' };
    }
  }
  const owner = wordsOwnerBefore(items, q, floor);
  if (owner) return owner;
  for (let v = q - 1; v >= floor; v--) {
    // "he went on, "…"": the verb's particle stands between it and the quotation.
    const adjacent = q - v <= 2 || (q - v === 3 && isWord(items[v + 1]) && (items[v + 1].lower === 'on' || !!PARTICLES.get(items[v + 1].lower)?.test(items[v].lower)));
    if (!(isSpeechVerb(items[v], adjacent) || judgedAs(items, v, q) || calledSo(items, v, q) || rulesThat(items, v)) || nounUse(items, v) || promisesDeed(items, v) || reportedFuture(items, floor, v) || afterCapital(items, v)) continue;
    const verb = items[v];
    const quoted = quotedAsObject(items, v, floor);
    const quotedOne = quoted >= 0 ? phraseAfter(items, quoted, true) : null;
    if (quotedOne) return { ...quotedOne, cue: verb.text };
    // "…, and turned to his son, saying": a participle after a comma speaks for the sentence's subject, not for
    // the phrase before it.
    // "…, the minister said, calling": one set off by the speech clause just before it speaks for that clause's subject.
    // "rose the voice of the clever lady, crying": one after a voice speaks for the voice.
    const participle = verb.lower.endsWith('ing') && items[v - 1]?.text === ',' ? voiceBefore(items, floor, v - 1) ?? reportingClauseBefore(items, floor, v - 1) ?? mainSubject(items, floor, v) : null;
    if (participle) return { ...participle, cue: verb.text };
    // "She paused as a heckler shouted from the back, then added:": a verb joined by ", then" has the sentence's subject.
    const then = items[v - 1]?.lower === 'then' && items[v - 2]?.text === ',' ? mainSubject(items, floor, v - 2) : null;
    if (then) return { ...then, cue: verb.text };
    // "she had been told by a senior manager that her complaint was “…”": the agent spoke the words.
    const agent = passiveAgent(items, v, q);
    if (agent) return { ...agent, cue: verb.text, passive: true };
    const np = phraseBefore(items, v, floor) ?? invertedBefore(items, floor, v, q);
    if (np && WEAK_SPEECH_VERBS.has(verb.lower) && subordinateToSpeech(items, floor, np.first)) continue;
    if (np) return { ...np, cue: describedAs(items, v, q) ?? verb.text };
    // "I clung to him with both hands, and said,", "…, and then said:": a speech verb joined to the sentence's
    // earlier verb by "and" speaks for that sentence's subject.
    const and = items[v - 1]?.lower === 'and' ? v - 1 : items[v - 1]?.lower === 'then' && items[v - 2]?.lower === 'and' ? v - 2 : -1;
    const near = adjacent || onlyModifiersBetween(items, v, q) || toListener(items, v, q);
    if (and >= 0 && (near || reportedBetween(items, v, q))) {
      // The subject is that of the clause the verb is joined to: after the last semicolon before it, or after words
      // quoted whole, with their own closing stop, before a capital ("…, shouting, “Out!” Amos nodded and said").
      let from = and;
      while (from > floor && items[from - 1].text !== ';' && !closesSentence(items, from - 1)) from--;
      const subject = lastClauseSubject(items, from, and);
      // "The office said it was alarmed and urged both sides to “…”": after a speech verb of its subject's, the
      // joined verb may be that verb's (another reading of the sentence tells), not the reported clause's.
      const reportedSubject = !near && items.slice(from, and).some((it) => isSpeechVerb(it, false));
      if (subject && !reportedSubject) return { ...subject, cue: verb.text };
    }
    // A participle clause ("…, calling such accusations") speaks for the sentence's subject, or for that of the clause
    // it ends ("He kept this suspended, and Mrs. Hilbery joined the parts by leaning towards him and remarking:").
    if (verb.lower.endsWith('ing')) {
      const subject = lastClauseSubject(items, floor, v);
      if (subject) return { ...subject, cue: verb.text };
    }
  }
  const colon = items[q]?.text === ':' ? q : items[q - 1]?.text === ':' ? q - 1 : -1;
  return colon > floor ? colonSubject(items, floor, colon) : null;
}

/** Whether item `i` is a quotation ending with its own full stop, "!" or "?" and followed by a capitalised word. */
function closesSentence(items: readonly Item[], i: number): boolean {
  return items[i].kind === 'quote' && /[.!?]\W*$/u.test(items[i].text) && isCapitalised(items[i + 1]);
}

/** The phrase of a voice owned by someone ("the voice of the clever lady") that ends at the comma `comma`, if one does. */
function voiceBefore(items: readonly Item[], floor: number, comma: number): Clause | null {
  for (let k = comma - 2; k >= floor && k > comma - 8 && isWord(items[k]); k--) {
    if (items[k].lower !== 'voice' || items[k + 1].lower !== 'of') continue;
    const voice = phraseBefore(items, k + 1, floor);
    return voice?.kind === 'phrase' && voice.last === k ? voice : null;
  }
  return null;
}

/** How many items a speech clause set off by commas may span (", the country's defence minister said on Thursday,"). */
const REPORTING_REACH = 12;

/**
 * The subject of a speech clause set off by commas that ends at the comma `comma` (", the minister said,", ", said
 * the minister,"), if one does: a participle after it ("calling the attempt “…”") is that speaker's.
 */
function reportingClauseBefore(items: readonly Item[], floor: number, comma: number): Clause | null {
  let open = comma - 1;
  while (open > floor && comma - open < REPORTING_REACH && items[open].text !== ',') open--;
  if (items[open]?.text !== ',' || open <= floor) return null;
  for (let v = comma - 1; v > open; v--) {
    if (!isSpeechVerb(items[v], true) || nounUse(items, v)) continue;
    const before = v > open + 1 ? phraseBefore(items, v, open + 1) : null;
    if (before?.first === open + 1) return before;
    const after = v === open + 1 ? phraseAfter(items, v + 1, true) : null;
    if (after && after.last === comma - 1) return after;
  }
  return null;
}

/** Forms of "be" before a passive speech verb ("had been told", "was assured"). */
const BE = /^(?:is|are|was|were|be|been|being)$/;

/** Whether item `k` is a verb of saying in the active voice: "the envoys were told to “…”" is no one's speech. */
export function isActiveSpeechVerb(items: readonly Item[], k: number): boolean {
  return isSpeechVerb(items[k], false) && !BE.test(items[k - 1].lower);
}

/** The "by" phrase of a passive speech verb at `v` before quotation item `q`: "been told by a senior manager that". */
function passiveAgent(items: readonly Item[], v: number, q: number): Clause | null {
  if (!BE.test(items[v - 1]?.lower ?? '') || items[v + 1]?.lower !== 'by' || v + 2 >= q) return null;
  return phraseAfter(items, v + 2, true);
}

/**
 * Whether the speech verb at `v` is one a reported clause says will or would happen ("He said the regulator would ask
 * Halton for “a full account”"): the quoted words are the reporter's, whose speech verb stands before it.
 */
function reportedFuture(items: readonly Item[], floor: number, v: number): boolean {
  if (!/^(?:would|will|could|might|should|may|must|can)$/.test(items[v - 1]?.lower ?? '')) return false;
  for (let k = v - 2; k >= floor; k--) if (isSpeechVerb(items[k], false) && !nounUse(items, k)) return true;
  return false;
}

/** Speech verbs that take a deed after "to" ("agreed to carry", "vowed to fight"): then they bring in no words. */
const DEED_VERBS = /^(?:agree|promise|threaten|offer|refuse|vow|pledge|decline|undertake)[sd]?$|^(?:agreed|promised|threatened|offered|refused|vowed|pledged|declined|undertook)$/;

/** Whether the speech verb at `v` promises a deed ("his client had agreed to carry the cargo “…”"), not words. */
function promisesDeed(items: readonly Item[], v: number): boolean {
  const to = items[v + 1];
  const after = items[v + 2];
  return DEED_VERBS.test(items[v].lower) && to?.lower === 'to' && isWord(after) && !after.capital && !DETERMINERS.has(after.lower) && !POSSESSIVES.has(after.lower);
}

/** "and said at once--", "and said quietly:": only adverbs (and the "at" of "at once") between a verb and its quotation. */
function onlyModifiersBetween(items: readonly Item[], v: number, q: number): boolean {
  let end = q;
  while (end > v + 1 && items[end - 1].kind === 'punct') end--;
  for (let i = v + 1; i < end; i++) if (!isWord(items[i]) || !(isVerbModifier(items[i].lower) || (items[i].lower === 'at' && i + 1 < end))) return false;
  return end > v + 1;
}

/** "and said her serve had “deserted” her": a reported clause, with no other speech verb or quotation, between. */
function reportedBetween(items: readonly Item[], v: number, q: number): boolean {
  for (let i = v + 1; i < q; i++) if (!isWord(items[i]) || isSpeechVerb(items[i], false)) return false;
  return q > v + 1;
}

/** "and told me, “…”", "and asked us:": only the one spoken to between a verb and its quotation. */
function toListener(items: readonly Item[], v: number, q: number): boolean {
  return /^(?:me|us|him|her|them|you)$/.test(items[v + 1]?.lower ?? '') && items.slice(v + 2, q).every((it) => it.kind === 'punct') && q > v + 2;
}

/** `Says I, "…"`, `Then said the old man: "…"`: a sentence opening with its speech verb has its subject right after it. */
function invertedBefore(items: readonly Item[], floor: number, v: number, q: number): Clause | null {
  let first = floor;
  while (first < v && /^(?:and|then|so|but)$/.test(items[first].lower)) first++;
  if (first !== v) return null;
  const np = phraseAfter(items, v + 1, true);
  if (!np) return null;
  const end = np.last + 1;
  return end === q || (end === q - 1 && /^[,:]$/.test(items[end].text)) ? np : null;
}

/** The subject phrase at `start`: "The chair" of "The chair cut him off:", a name, a pronoun. */
function colonPhrase(items: readonly Item[], start: number, colon: number): Clause | null {
  if (!DETERMINERS.has(items[start]?.lower ?? '')) return phraseAfter(items, start);
  for (let k = start + 1; k < colon && k < start + 5 && isWord(items[k]); k++) {
    const head = normalizeWord(items[k].lower);
    // "A planning officer's report recommended": a possessive only owns the phrase's head, which comes after it.
    if (/['’]s?$/u.test(items[k].text)) continue;
    if (isRoleNoun(head) || GENERIC_PERSON_NOUNS.has(head) || KIN.has(head)) {
      // "The chief executive": the role runs to its last noun.
      while (k + 1 < colon && isWord(items[k + 1]) && !isCapitalised(items[k + 1]) && isRoleNoun(items[k + 1].lower)) k++;
      if (items[k + 1]?.text === ',') return phraseAfter(items, start);
      return nameAfterAffiliation(items, k, colon) ?? { cue: '', first: start, last: k, kind: 'phrase' };
    }
    // "The Qalbari foreign ministry said": a body's noun heads the phrase, a demonym or name before it only qualifies
    // it; where a verb or a stop follows, not another noun ("the world team pursuit champion").
    if (isBodyHead(items, k) && (endsPhrase(items, k + 1, items[k].sentence) || AUXILIARY.test(items[k + 1]?.lower ?? ''))) return { cue: '', first: start, last: k, kind: 'phrase' };
  }
  // "One of them said the gap was “…”": one picked from a group no role noun names, as a speech clause reads it.
  return items[start].lower === 'one' && items[start + 1]?.lower === 'of' && /^(?:them|those)$/.test(items[start + 2]?.lower ?? '') ? phraseAfter(items, start) : null;
}

/** "The chief executive of the hospital trust, Dr Alan Petrakis,": the name after the role's affiliation and a comma. */
function nameAfterAffiliation(items: readonly Item[], head: number, before: number): Clause | null {
  if (!/^(?:of|at|for)$/.test(items[head + 1]?.lower ?? '')) return null;
  let comma = head + 2;
  while (comma < before && comma < head + 9 && isWord(items[comma]) && !SPEECH_VERBS.has(items[comma].lower)) comma++;
  if (items[comma]?.text !== ',' || !isCapitalised(items[comma + 1])) return null;
  const name = phraseAfter(items, comma + 1);
  return name?.kind === 'name' && items[name.last + 1]?.text === ',' ? name : null;
}

/** "The next morning her daughter posted …:": the item after a time phrase opening at `start` with no comma, else `start`. */
function pastTimeOpening(items: readonly Item[], start: number, colon: number): number {
  let k = start;
  if (/^(?:the|that|this|last|next|one|each|every)$/.test(items[k]?.lower ?? '')) k++;
  while (k < start + 3 && /^(?:next|following|same|previous|early|late)$/.test(items[k]?.lower ?? '')) k++;
  return k > start && k + 1 < colon && TIME_NOUNS.test(items[k]?.lower ?? '') && isWord(items[k + 1]) ? k + 1 : start;
}

/**
 * `Asante was sympathetic: "…"`, `The chair cut him off: "…"`: a sentence about a person that ends in a colon
 * introduces that person's words. Its subject must name or refer to a person.
 */
function colonSubject(items: readonly Item[], floor: number, colon: number): Clause | null {
  let start = floor;
  while (start < colon && (items[start].kind !== 'word' || /^(and|but|then|so)$/.test(items[start].lower))) start++;
  // "Asked about the future, Aoife was brief:": after an opening phrase, the subject follows its comma.
  const opener = items[start];
  if (isWord(opener) && (isFunctionWord(opener) && !DETERMINERS.has(opener.lower) && !SUBJECT_PRONOUNS.has(opener.lower) || /(?:ed|ing|ly|where|while)$/.test(opener.lower))) {
    let comma = colon - 1;
    while (comma > start && items[comma].text !== ',') comma--;
    start = comma === start ? start + 1 : comma + 1;
  }
  // "The chief inspector declined to comment, but a spokesperson for the inspectorate said:": the last clause's subject.
  for (let k = colon - 2; k >= Math.max(floor, start - 1); k--) if (items[k].text === ',' && /^(?:but|and|while|yet)$/.test(items[k + 1]?.lower ?? '') && isWord(items[k + 2])) {
    start = k + 2;
    break;
  }
  start = pastTimeOpening(items, start, colon);
  const opening = colonPhrase(items, start, colon);
  if (!opening) return null;
  const np = nameAfterDescriptor(items, opening, colon) ?? opening;
  // "The transport secretary, Maria Lenz, defended the increase:": the verb follows the appositive.
  let after = np.last + 1;
  if (items[after]?.text === ',' && np.first > start) after++;
  else if (items[after]?.text === ',') {
    do after++; while (after < colon && items[after].text !== ',');
    after++;
  }
  const next = items[after];
  if (!isWord(next) || isCapitalised(next) || after >= colon) return null;
  if (np.kind === 'pronoun' && !PRONOUN_GENDER.has(items[np.first].lower) && items[np.first].lower !== 'i') return null;
  if (np.kind === 'phrase') {
    const head = normalizeWord(items[np.last].lower);
    if (!isRoleNoun(head) && !GENERIC_PERSON_NOUNS.has(head) && !KIN.has(head)) return null;
  }
  return { ...np, cue: ':' };
}

/**
 * "Fan group Ashcombe Loyal posted on X:", "Tech firm Nexa wrote:": news drops the article before a name's descriptor,
 * a noun for a body or a person that a word in front qualifies; a sentence's common opening word (no name anywhere
 * else in the text) and that noun describe the name after them, the subject.
 */
function nameAfterDescriptor(items: readonly Item[], np: Clause, colon: number): Clause | null {
  if (np.kind !== 'name' || np.first !== np.last || !isCommonOpening(items, np.first, np.last)) return null;
  let k = np.last + 1;
  while (k < np.last + 3 && isWord(items[k]) && !items[k].capital && !FUNCTION_WORDS.has(items[k].lower)) k++;
  const head = items[k - 1];
  if (k === np.last + 1 || k >= colon || !isCapitalised(items[k]) || items[k].sentence !== head.sentence) return null;
  return BODY_NOUNS.has(normalizeWord(head.lower)) || isPersonNoun(head.lower) ? nameRun(items, k) : null;
}

/**
 * "The judge ruled that …": a verb of finding right after its subject. One set off by an aside is left to the bodies
 * ("A review by the River Authority, published last month, found that": the review found, not the one it is by).
 */
function rulesThat(items: readonly Item[], v: number): boolean {
  return findsThat(items, v) && isWord(items[v - 1]);
}

/** Verbs that say, rejecting them, what another's words or deeds are ("rejected the charge as “…”", "denounced the vote as “…”"). */
const JUDGING_AS = /^(?:reject|denounce|decr[yi]|lambast|brand|label|term|slam)(?:s|es|ed|led|med|d)?$/;
/** How many items a verb of judging may stand before the "as" right before its quotation ("rejected the charge as"). */
const JUDGED_REACH = 6;

/** "Damsa rejected the charge as “absurd”": a verb of judging whose "as" comes right before the quotation speaks it. */
function judgedAs(items: readonly Item[], v: number, q: number): boolean {
  return JUDGING_AS.test(items[v].lower) && items[q - 1]?.lower === 'as' && q - v <= JUDGED_REACH && items.slice(v + 1, q).every(isWord);
}

/**
 * "Drovia calls the operation a “peacekeeping mission”", "calls them “…”": "calls" with an object (a determiner or a
 * pronoun opening it) then the quoted words is naming, its subject the speaker, however far from the quotation. Only
 * a singular subject's "calls": a plural's ("Analysts call the plan a “peace deal”") is a common view, no one's words.
 */
function calledSo(items: readonly Item[], v: number, q: number): boolean {
  return items[v].lower === 'calls' && q - v <= JUDGED_REACH && items.slice(v + 1, q).every(isWord) &&
    /^(?:the|this|that|these|those|it|them|him|her|his|its|their)$/.test(items[v + 1]?.lower ?? '');
}

function describedAs(items: readonly Item[], verb: number, q: number): string | null {
  return items.slice(verb, q).some((it) => it.lower === 'as') ? `${items[verb].text} … as` : null;
}

/**
 * How many items on from its conjunction a joined clause's subject and verb are read: further than any subject, its
 * apposition and a relative clause run in prose (only a run of capitals longer than this could read otherwise). So a
 * clause joined further back than this reads the same wherever the question stands, and is read once a text.
 */
const JOIN_REACH = 80;

/** The subject of the last clause before `before` that has one: clauses are joined by "and", "but" or a semicolon. */
export function lastClauseSubject(items: readonly Item[], floor: number, before: number): Clause | null {
  // The clause's subject opens it ("and Mrs. Hilbery joined"; "and felt Tom's shirt" has none of its own), read up to
  // `before` for a clause near it. One further back is looked up, so that a sentence of thousands of "and"s without
  // a stop stays linear.
  const near = Math.max(floor, before - 1 - JOIN_REACH);
  for (let from = before - 1; from > near; from--) {
    const subject = joinedSubject(items, from, before);
    if (subject) return subject;
  }
  const far = near > floor ? lastMatch(items, near, opensJoinedClause) : -1;
  return far > floor ? joinedSubject(items, far, far + 1 + JOIN_REACH) : mainSubject(items, floor, before);
}

/** Whether item `k` is a conjunction whose clause opens with its own subject and verb, read JOIN_REACH items on. */
const opensJoinedClause = (items: readonly Item[], k: number): boolean => joinedSubject(items, k, k + 1 + JOIN_REACH) !== null;

/** The subject opening the clause joined at item `k` ("and", "but", ";"), with its verb before `before`, if it has one. */
function joinedSubject(items: readonly Item[], k: number, before: number): Clause | null {
  const subject = /^(?:and|but|;)$/.test(items[k].lower) && isWord(items[k + 1]) ? subjectAt(items, k + 1, before) : null;
  return subject?.verb && subject.opens === k + 1 ? subject.np : null;
}

/** Numbers written as words (not "one", which opens someone unnamed: "One resident said"). */
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozens|several)$/;

/** Auxiliaries and forms of "be": verbs after a subject, though they end a phrase. */
const AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would|could|should|may|might|can|must|do|did|does)$/;

/**
 * The first phrase of a sentence that is followed by a verb-like word: the clause's subject. After a subordinator
 * ("When I came close she bowed and said"), the subordinate clause's subject gives way to the next one.
 */
export function mainSubject(items: readonly Item[], floor: number, before: number): Clause | null {
  let subordinate: Clause | null = null;
  let opensSubordinate = false;
  for (let i = floor; i < before; i++) {
    if (!isWord(items[i])) continue;
    if (!subordinate && SUBORDINATORS.test(items[i].lower)) opensSubordinate = true;
    const subject = subjectAt(items, i, before);
    if (!subject) continue;
    if (subject.verb && (!opensSubordinate || subordinate)) return subject.np;
    if (subject.verb) subordinate = subject.np;
    i = subject.np.last;
  }
  return subordinate;
}

/**
 * "Ballot boxes started arriving", "Eighteen months ago, Oscar Penhaligon stood", "Late Thursday, her office said": a
 * name that is a sentence's common opening word (openingCapitals.ts) is no subject; unless it speaks, which only a
 * person does ("Tam keeps saying, ‘…’").
 */
function commonOpening(items: readonly Item[], np: Clause): boolean {
  const speaks = [1, 2].some((k) => SPEECH_VERBS.has(items[np.last + k]?.lower ?? ''));
  return np.kind === 'name' && !speaks && isCommonOpening(items, np.first, np.last);
}

/**
 * The phrase at item `i` (before `before`), whether a verb-like word follows it, as a subject's does, and the item the
 * phrase opens at (the name in apposition is the subject: `opens` is still the phrase's first item).
 */
function subjectAt(items: readonly Item[], i: number, before: number): { np: Clause; verb: boolean; opens: number } | null {
  // "The old lady reached out": a determiner phrase ends at its person noun, before the verb.
  const np = colonPhrase(items, i, before);
  if (!np || np.last >= before || commonOpening(items, np)) return null;
  let next = np.last + 1;
  while (isWord(items[next]) && isVerbModifier(items[next].lower)) next++;
  // "Afterwards she just held …": a subject pronoun after the phrase makes it an opening adverb, not the subject.
  // "she was gracious, and said": an auxiliary is a verb too, though it stops a phrase.
  // A possessive is no verb ("The UN secretary-general's office": "UN" only qualifies).
  const verbLike = (n: Item | undefined) => isWord(n) && !isCapitalised(n) && (AUXILIARY.test(n.lower) || !PHRASE_STOPS.has(n.lower)) && !DETERMINERS.has(n.lower) && !SUBJECT_PRONOUNS.has(n.lower) && !/['’]s?$/u.test(n.text);
  // "The coroner who heard Alfie's inquest, Martin Ashdown, wrote": a relative clause before the name in apposition.
  if (items[next]?.lower === 'who') {
    let comma = next + 1;
    while (comma < before && comma - next < RELATIVE_REACH && isWord(items[comma])) comma++;
    if (items[comma]?.text === ',' && isCapitalised(items[comma + 1])) next = comma;
  }
  // "A man called Gerald Amory took me to lunch", "my ambassador, a man called Gerald Amory, took me": the name a
  // description is given, not the description, is the subject.
  const apposed = items[next]?.text === ',' && /^(?:a|an)$/.test(items[next + 1]?.lower ?? '') ? colonPhrase(items, next + 1, before) : null;
  const described = np.kind === 'phrase' && calledByName(items, np.last) ? np : apposed?.kind === 'phrase' && calledByName(items, apposed.last) ? apposed : null;
  if (described) {
    const name = nameRun(items, described.last + 2);
    const after = described === np ? name.last + 1 : items[name.last + 1]?.text === ',' ? name.last + 2 : -1;
    if (after < 0) return { np, verb: false, opens: np.first };
    return { np: name, verb: after < before && verbLike(items[after]), opens: i };
  }
  // "and the home captain, Danny Roache, walked over": a name in apposition (read by the phrase or here), then the verb.
  if (items[next]?.text === ',') {
    const name = isCapitalised(items[next + 1]) ? nameRun(items, next + 1) : np.kind === 'name' && np.first > i ? np : null;
    const after = name === np ? next + 1 : name ? pastRelative(items, name.last + 1, before) + 1 : -1;
    if (name && (name === np || items[name.last + 1]?.text === ',') && verbLike(items[after]) && after < before) return { np: name, verb: true, opens: i };
  }
  // "Mr. Pike the foreman comes": a role after "the" in apposition to the name, then the verb.
  const role = items[next]?.lower === 'the' && nameApposedTo(items, next, i)?.first === np.first ? colonPhrase(items, next, before) : null;
  if (role?.kind === 'phrase' && isPersonNoun(items[role.last].lower) && verbLike(items[role.last + 1]) && role.last + 1 < before) return { np, verb: true, opens: np.first };
  // "Amos Tull, who'd had a drink, opened": a relative clause set off by commas stands between subject and verb.
  const verb = pastRelative(items, next, before);
  if (verb > next && verbLike(items[verb + 1])) return { np, verb: true, opens: np.first };
  return { np, verb: verbLike(items[next]), opens: np.first };
}

/**
 * The comma closing a relative clause ("who", "who'd", "whose") opened by the comma at `comma` (", who had had a
 * drink,"), else `comma` itself.
 */
function pastRelative(items: readonly Item[], comma: number, before: number): number {
  if (items[comma]?.text !== ',' || !/^who(?:se|['’]d|['’]s)?$/.test(items[comma + 1]?.lower ?? '')) return comma;
  let close = comma + 2;
  while (close < before && close - comma < RELATIVE_REACH && isWord(items[close])) close++;
  return items[close]?.text === ',' ? close : comma;
}
