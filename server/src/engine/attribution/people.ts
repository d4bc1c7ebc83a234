import type { Person } from '../types';
import {
  ADDRESSEE_VERBS, AGENT_NOUN, CALENDAR_WORDS, COUNT_WORDS, COURTESY_TITLES, DETERMINERS, FUNCTION_WORDS, IRREGULAR_PAST, GENERIC_PERSON_NOUNS, HONORIFIC_GENDER, ORGANISATION_WORDS, POSTS_OF_EITHER_SEX, PRONOUN_GENDER, KIN, ROLE_GENDER, ROLE_VERBS, SPEECH_VERBS, SPOKEN_RANKS, SPOUSES, TEAM_TITLES, TITLE_ROLES, isVerbModifier, roleGender,
  type Gender,
} from './lexicon';
import { GIVEN_NAME_GENDER, isPetFormOf, petFormGender } from './givenNames';
import { clippedFrom } from './clippedNames';
import { isGivenMonth } from './monthNames';
import { epithetAfter } from './epithets';
import { isWord, sentenceStart, type Item } from './narration';
import { isCommonOpening } from './openingCapitals';
import { isCountryPossessive, isDemonym, isListedNationality, nationalitiesOf, nationalityKey, opensOnNationality } from './demonyms';
import { isTitleWord, normalizeWord, parseName, rankTitle, samePerson, type ParsedName } from './names';
import { COMPARED_AGES, Kinship, kinListAfter, kinNounAfter, namesListed, tieOf } from './kinship';
import { kinOwnerInstead } from './kinOwners';
import { relativeComparedByAge } from './comparedRelatives';
import { childSpeaking } from './parentsSpokenOf';
import { apposedName, objectOfOpeningPhrase } from './openingPhrases';
import { bearerInPassing, principalBearer } from './sharedSurnames';
import { titlesByInitials, withTitleSpelled } from './titleInitials';
import { roleOfGroupJoined, roleOfGroupLed } from './leaders';
import { roleOfCourtSide } from './courtSides';
import { previousSubject, subjectOfObject } from './previousSubjects';
import { predicateRoles } from './predicateRoles';
import { afterPartyLabel } from './partyLabels';
import { isHeadlineDescriptor } from './headlineDescriptors';
import { headlineNameEnd } from './headlineNameEnds';
import { principalPerson } from './principalPerson';
import { paragraphPrincipal } from './principalPronouns';
import { toldInFirstPerson } from './firstPerson';
import { pronounIsNotNamed } from './genderVotes';
import { namedByHusband } from './husbandsNames';
import { asideSpeaker } from './reportingAsides';

/** One identity the text speaks of, with what the text says about it. */
export interface PersonRecord {
  name: string;
  core: string[];
  readonly aliases: Set<string>;
  readonly roles: Set<string>;
  honorificGender: Gender | null;
  readonly votes: { m: number; f: number };
}

export interface PersonMention {
  readonly person: PersonRecord;
  readonly item: number;
  readonly start: number;
  readonly sentence: number;
  /** A quotation addressing the person by name ("Feel sick, Thea?"): they are present, though not its subject. */
  readonly addressed?: boolean;
}

// "Volkonskaya, the champion here two years ago,": an adverb of place or time ends the phrase as a preposition does.
const APPOSITIVE_ENDS = new Set([
  'who', 'whose', 'which', 'at', 'of', 'for', 'in', 'with', 'from', 'on', 'near', 'outside', 'and', 'since', 'to',
  'here', 'there', 'now', 'then', 'once', 'twice', 'last', 'this', 'next', 'before', 'after', 'during', 'until', 'by',
  'over', 'under', 'against', 'between', 'when', 'where', 'that',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'into', 'near', 'via', 'across', 'toward', 'towards', 'outside', 'inside', 'throughout', 'across']);

/** A nickname's one capitalised word. */
const NICKNAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Nouns for a place that bring in its name with "of" ("the island of Castelmar"). */
const PLACE_NOUNS = /^(?:island|isle|town|city|village|hamlet|port|county|province|region|district|state|republic|kingdom|parish|borough|suburb|valley|peninsula|archipelago|territory|municipality|commune|canton|prefecture|emirate|principality|capital)$/;

/** First words of a place's name ("Port Ellery", "Mount Hebron", "Lake Orrin"). */
export const PLACE_FIRST_WORDS = /^(?:Port|Fort|Mount|Lake|Cape|Loch|Lough|Glen|Bay|Point)$/;
/** How many words after an appositive's modifiers its sentence's verb may come ("the mood on Monday was bleak"). */
const APPOSITION_TAIL = 8;
const RELATIVE_WORDS = /^(?:who|whom|whose|which|that|where|when)$/;
/** Words that make the words after a name's comma a clause rather than a noun phrase in apposition. */
const CLAUSE_WORDS = /^(?:to|and|since|will|would|can|could|should|may|might|must|shall|is|was|are|were|has|had|have|did|does|said|says)$/;
/** Last words of places' names that no one bears as a surname ("Wyvern Vale", "Harbour Row", "Gull Point"). */
const PLACE_LAST_WORDS = /^(?:Vale|Valley|Row|Street|Road|Avenue|Quay|Estuary|Point|Bay|Heath|Moor|Common|Square|Crescent|Terrace|Harbour)$/;

/** "The", "Since", "I'm": words that open a capitalised run without being part of a name ("I'm Maya Lindqvist"). */
export function isLeadingFunctionWord(text: string): boolean {
  const w = normalizeWord(text);
  if (FUNCTION_WORDS.has(w)) return !HONORIFIC_GENDER.has(w);
  const contraction = w.includes("'") || w.includes('’') ? /^(\p{L}+)['’](?:m|re|ve|ll|d|t|s)$/u.exec(w) : null;
  return !!contraction && FUNCTION_WORDS.has(contraction[1]);
}

const POSSESSIVE = /[’']s?$/u;
const OBLIQUE = new Set(['his', 'her', 'him', 'himself', 'herself']);

const NUMBER_NAME = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+)$/;

/** "Number Nine", "Number 10": the word Number and a numeral name a house or a room by its number. */
function isNumberedPlace(core: readonly string[]): boolean {
  return core.length === 2 && normalizeWord(core[0]) === 'number' && NUMBER_NAME.test(normalizeWord(core[1]));
}
const POSSESSIVE_S = /[’']s$/u;

/** Whether every word of a name is written in capitals, of two letters or more ("NATO", "GEORGE TILBY"). */
const inCapitals = (core: readonly string[]) => core.every((w) => w.length > 1 && w.toUpperCase() === w);

/** The one person two sets hold between them, if there is exactly one. */
function onlyOne(a: Iterable<PersonRecord> | undefined, b: Iterable<PersonRecord> | undefined): PersonRecord | null {
  let only: PersonRecord | null = null;
  for (const set of [a, b]) {
    if (!set) continue;
    for (const p of set) {
      if (only && only !== p) return null;
      only = p;
    }
  }
  return only;
}

const SUBORDINATE = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting', 'former', 'ex', 'junior', 'under', 'shadow']);

/**
 * The roles a run of role words gives: "Deputy Governor" makes a deputy governor, not the governor ("the governor
 * said" then means someone else).
 */
export function roleKeys(words: readonly string[]): string[] {
  const keys: string[] = [];
  let modifier: string | null = null;
  for (const [k, word] of words.entries()) {
    const w = normalizeWord(word);
    // "her assistant", "the deputy": a word of rank ending the run is the role itself.
    if (SUBORDINATE.has(w) && k < words.length - 1) modifier = w;
    else keys.push(modifier ? `${modifier} ${w}` : nationalityKey(w));
  }
  return keys;
}

const PRONOUN_INITIALS = new Set([...PRONOUN_GENDER.keys()].map((w) => w.charCodeAt(0)));

/** Nouns for works, whose titles follow them ("the album Salt and Iron"). */
const WORK_NOUNS: ReadonlySet<string> = new Set(
  ('hit song single album record track film movie book novel memoir play show series documentary painting poem opera ' +
    'musical ep sitcom drama podcast').split(' '),
);

/** Prepositions that open a phrase before a sentence's subject ("Unlike Max, Ella stayed"). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'unlike', 'like', 'despite', 'following', 'besides', 'beside', 'alongside', 'without', 'under']);

/** How many mentions an antecedent is sought among, however long the sentences. */
const MAX_LOOKBACK = 300;

/** How many mentions, and sentences, after a he/she with no antecedent are searched for the person it introduces. */
const CATAPHORA_REACH = 40;
const CATAPHORA_SENTENCES = 20;

/** How many items before a pronoun its antecedent's name may stand for the pronoun to show that person's gender. */
const NAMED_REACH = 4;

/** How many mentions back "the couple's" is sought among for a married pair, or "his mother" for another owner. */
const COUPLE_REACH = 30;
/** How many items either side of a pronoun a name grammar keeps it from may stand (genderVotes.ts). */
const GRAMMAR_REACH = 24;

/** How many mentions either side of a he/she are searched for the quotation its sentence addresses. */
const ADDRESSEE_REACH = 8;

/** The person a quotation of sentence `sentence` addresses, among the nearest mentions read so far and still to come. */
function addresseeOf(sentence: number, read: readonly PersonMention[], toCome: readonly PersonMention[], next: number): PersonRecord | null {
  for (let k = read.length - 1; k >= 0 && k >= read.length - ADDRESSEE_REACH && read[k].sentence === sentence; k--) if (read[k].addressed) return read[k].person;
  for (let k = next; k < toCome.length && k < next + ADDRESSEE_REACH && toCome[k].sentence === sentence; k++) if (toCome[k].addressed) return toCome[k].person;
  return null;
}

/** Words a child calls a parent or grandparent by, and the kin noun each stands for. */
export const KIN_ADDRESS: ReadonlyMap<string, string> = new Map([
  ...['mom', 'mum', 'mommy', 'mummy', 'mother', 'ma', 'mama', 'mamma', 'momma'].map((w): [string, string] => [w, 'mother']),
  ...['dad', 'daddy', 'father', 'pa', 'papa', 'pop'].map((w): [string, string] => [w, 'father']),
  ...['grandpa', 'grandad', 'granddad', 'grandfather', 'gramps'].map((w): [string, string] => [w, 'grandfather']),
  ...['grandma', 'granny', 'gran', 'nana', 'grandmother'].map((w): [string, string] => [w, 'grandmother']),
]);

/** Titles one calls anyone by, besides the courtesy ones: "…, Sir?", "…, my Lady" address no one holder. */
const CALLED_TO_ANYONE = /^(?:master|mistress|sir|lady|lord|dame)$/;

const ADDRESS_TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'dr', 'doctor', 'captain', 'colonel', 'major', 'lady', 'lord', 'sir', 'madame', 'mme', 'professor']);

/** The title a lone surname is written with ("Mrs. Bennet" → mrs), if it is a title of address. */
function addressTitle(parsed: ParsedName): string | null {
  if (parsed.core.length !== 1 || parsed.titles.length === 0) return null;
  const t = normalizeWord(parsed.titles[parsed.titles.length - 1]);
  return ADDRESS_TITLES.has(t) ? t : null;
}

/**
 * Whether the text ever called `p` "Miss" where `title` is "Mrs", or the other way round: "Miss Sophronia Wendover" is
 * not "Mrs. Wendover", for an unmarried woman is no one's Mrs.
 */
function marriedOtherwise(p: PersonRecord, title: string): boolean {
  const is = unmarriedOrNot(title);
  return is !== null && [...p.aliases].some((a) => {
    const last = lastTitle(a);
    const was = last === null ? null : unmarriedOrNot(last);
    return was !== null && was !== is;
  });
}

/** Whether the text wrote `title` of address before any form of `p`'s name ("Captain Lionel Kettleby"). */
function calledWith(p: PersonRecord, title: string): boolean {
  return [...p.aliases].some((a) => {
    const last = lastTitle(a);
    return last !== null && normalizeWord(last) === title;
  });
}

/**
 * Of people sharing a name, those the text called with `title` when it is a title of rank and any were ("Captain
 * Kettleby" after "Mr. Ambrose Kettleby" and "his nephew Captain Lionel Kettleby"); else all of them. A courtesy title
 * ("Mr", "Mrs") is anyone's of a sex or marriage, so it picks no one out.
 */
function titledOnes(people: PersonRecord[], title: string | null): PersonRecord[] {
  if (!title || COURTESY_TITLES.test(title)) return people;
  const titled = people.filter((p) => calledWith(p, title));
  return titled.length > 0 ? titled : people;
}

/** A husband's full name as `husbandNames` holds it: its words normalised. */
const husbandKey = (words: readonly string[]): string => words.map(normalizeWord).join(' ');

/** The title written last before a name ("Captain" of "Captain Lionel Kettleby"), as written; null if none. */
function lastTitle(alias: string): string | null {
  const titles = parseName(alias).titles;
  return titles.length > 0 ? titles[titles.length - 1] : null;
}

/** True for "Miss", false for "Mrs", null for any other title: what a woman's title says of her marriage. */
function unmarriedOrNot(title: string): boolean | null {
  const t = normalizeWord(title);
  return t === 'miss' ? true : t === 'mrs' || t === 'missus' ? false : null;
}

/**
 * Whether a person may be the one a surname with title `title` names: Miss, Mrs. and Dr. Marjoribanks are three
 * people, so one the text has called by the surname with other titles only is someone else.
 */
function sameTitle(p: PersonRecord, title: string, core: string): boolean {
  let titled = false;
  let same = false;
  for (const alias of p.aliases) {
    const parsed = parseName(alias);
    const t = addressTitle(parsed);
    // "Miss Jemima" is a younger sister; "Miss Pinkerton", her surname alone, the eldest: two people.
    if (t === 'miss' && title === 'miss' && p.core.length > 1 && parsed.core[0] === p.core[0] && core === p.core[p.core.length - 1]) return false;
    same ||= t === title;
    titled ||= t !== null;
  }
  return (same || !titled) && !marriedOtherwise(p, title);
}

/**
 * "Mrs. Pardee" among Lucille Pardee and her daughter Alyssa: Mrs. is a married woman's title, so the one the text
 * made a wife or a mother, when only one of those sharing the surname is.
 */
function marriedOne(candidates: readonly PersonRecord[], kinship: Kinship<PersonRecord>): PersonRecord | null {
  const married = candidates.filter((p) => kinship.spouseOf(p) !== null || kinship.childrenOf(p).length > 0);
  return married.length === 1 ? married[0] : null;
}

/**
 * The gender a name's given name marks: its first word, or for a name of several words the first before the surname
 * that is a given name ("Grandmaster Viktor Halloran", a title the text writes as part of the name).
 */
function givenNameGender(core: readonly string[]): Gender | undefined {
  // "Rab Cuthill": a pet form marks the gender of the names it stands for.
  const of = (w: string) => GIVEN_NAME_GENDER.get(normalizeWord(w)) ?? petFormGender(normalizeWord(w));
  if (core.length === 1) return of(core[0]);
  for (let k = 0; k < core.length - 1; k++) {
    const g = of(core[k]);
    if (g) return g;
  }
  return undefined;
}

/** The first-person narrator: "he" and "she" never refer to them. */
export function isNarrator(p: PersonRecord): boolean {
  return p.core.length === 1 && p.core[0] === 'I';
}

/** The gender of a he/she/him/her… word; a word not starting as one of them does needs no lookup. */
function pronounGender(it: Item): Gender | undefined {
  if (it.kind !== 'word' || !PRONOUN_INITIALS.has(it.lower.charCodeAt(0))) return undefined;
  return PRONOUN_GENDER.get(it.lower);
}

export function isCapitalised(it: Item | undefined): boolean {
  return !!it && it.capital;
}

export function isRoleNoun(lower: string): boolean {
  const w = normalizeWord(lower);
  if (ROLE_GENDER.has(w) || AGENT_NOUN.test(w)) return true;
  // "vice-chancellor", "co-founder", "head-teacher": a role noun after a prefix of rank.
  const dash = w.indexOf('-');
  return dash > 0 && RANK_PREFIXES.test(w.slice(0, dash)) && ROLE_GENDER.has(w.slice(dash + 1));
}

/** Whether the copula at item `cop` follows a phrase "The <role words>" opening its sentence ("The director was …"). */
function copulaOpensOnRole(items: readonly Item[], cop: number): boolean {
  let k = cop - 1;
  while (k > cop - 5 && isWord(items[k]) && !items[k].capital) k--;
  const before = items[k - 1];
  // A quotation ending on its own full stop ends the sentence before too ("… “mostly brown paper.” The director was").
  return items[k]?.lower === 'the' && (!before || before.sentence !== items[k].sentence || (before.kind === 'quote' && /[.!?]\W*$/u.test(before.text)));
}

const RANK_PREFIXES = /^(?:vice|co|deputy|ex|sub|under|assistant|acting|joint|head)$/;

/** Participles that open a sentence before a name: "Born Margaret Hale in 1938", "Speaking Putin said". */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set(
  ('born raised educated elected appointed trained nicknamed dubbed asked pressed interviewed contacted reached ' +
    'speaking writing addressing responding replying quoting thanking praising asking urging').split(' '),
);

/** How many items an appositive between a name and its "whose" may take ("Gregor Hurst, a property developer, whose"). */
const WHOSE_APPOSITIVE_REACH = 10;
/** How many items an aside between a lone name and its verb may take ("Tanaka, whose goal was her ninth of the run,"). */
const ASIDE_REACH = 20;

/** How many words a role's affiliation may take before a name in apposition ("head of the planning department, Rachel Oduya"). */
const APPOSITION_REACH = 5;

/** Verbs that give the narrator a name: "christened me Christopher", "I was named Hal". */
const NAMING_VERBS = /^(?:christened|named|baptised|baptized|called)$/;
/** The words at which narratorOwnName's tests can hold: "me", "is", "name's", a naming verb, "signed", "am", "I'm". */
const OWN_NAME_CUES = new Set(['me', 'myself', 'is', 'was', "name's", 'name’s', 'christened', 'named', 'baptised', 'baptized', 'called', 'signed', 'am', "i'm", 'i’m']);
/** What may end a name the narrator says they are: "I am Matilda Crewe." ("I am Bunty's friend" names another). */
const STATED_NAME_END = /^[.,;:!—–]$/;
/** How many words may tell what the narrator signed before the name they signed it with. */
const SIGNED_REACH = 5;

/** Verbs of acting for someone: "who represents the striker". */
const REPRESENTING = /^represent(?:s|ed)?$/;
/** What one who represents a person is to them. */
const CLIENTS_AGENTS = ['agent', 'lawyer'];
/** People one represents as their lawyer: "who represents bereaved families", "the families of eleven of the dead". */
const CLIENTS = /^(?:family|families|clients?|victims?|relatives|parents|widows?|claimants|survivors|defendants?)$/;
/** How many words the represented may take before their noun ("the families", "the bereaved Oduya family"). */
const CLIENT_WORDS = 4;

/** What one chairs without leading anyone: "who chaired the meeting". */
const OCCASIONS = /^(?:meeting|session|hearing|debate|inquiry|panel|discussion|talks|conference|proceedings|sitting|event|ceremony)s?$/;

/** A word for a family tie: the lexicon's kin, or any tie kinship.ts knows ("aunt", "cousin", "grandmother"). */
const isKinNoun = (word: string): boolean => KIN.has(normalizeWord(word)) || !!tieOf(word);

/** The people of one text: who they are, by which names and roles, and where the narration mentions them. */
export class PeopleTable {
  readonly persons: PersonRecord[] = [];
  readonly mentions: PersonMention[] = [];
  /** The he/she items read as the principal person coming back in a new paragraph (principalPronouns.ts). */
  readonly principalReturns = new Set<number>();
  /** The he/she items read as the subject of the sentence just before (previousSubjects.ts). */
  readonly centred = new Set<number>();
  /** Names the text shows to be firms' or bodies' (see organisations.ts): no he or she refers to them. */
  readonly organisations = new Set<PersonRecord>();
  /** Who is whose relative, as the narration has said so far ("her son, Marco"). */
  readonly kinship = new Kinship<PersonRecord>();
  private readonly byItem = new Map<number, PersonMention>();
  /** Lone shared surnames given to a bearer while the pronouns were read. */
  private readonly bearers = new Map<number, PersonRecord>();
  /** Persons by every word their names have had. */
  private readonly byWord = new Map<string, PersonRecord[]>();
  private readonly order = new Map<PersonRecord, number>();
  private things: Set<string> | null = null;
  /** The patronymic or epithet a one-word name was brought in with ("son of Ail"): part of its full name. */
  private readonly epithets = new Map<PersonRecord, string>();
  /** The item of each person's first mention in the text, kept as mentions are added (epithets are read only there). */
  private readonly firstMentions = new Map<PersonRecord, number>();
  /** Names the text says a person goes by that their name does not show ("Moth" for Clare Mottram). */
  private readonly nicknames = new Map<PersonRecord, Set<string>>();
  private ownName: string | null | undefined;
  private surnameWords: Set<string> | null = null;
  private lastRun: [number, number] = [-1, -1];
  private lastRunText = '';
  /** Name runs by first item: learning people, organisations, subjects and a dozen rules ask for the same runs again. */
  private readonly runsAfter = new Map<number, readonly [number, number] | null>();
  /** formalBearer's answers by pet name, while no person is added or renamed (indexName clears them). */
  private readonly petBearers = new Map<string, PersonRecord | null>();
  /** Husbands' full names that named a wife ("Mrs Eustace Pargeter"), normalised: never hers (asWife). */
  private readonly husbandNames = new Set<string>();
  /** The name each person was last indexed under (indexName). */
  private readonly indexedNames = new Map<PersonRecord, string>();
  /** Titles the text writes in full before a name, by their initials (titleInitials.ts), gathered when first asked. */
  private titleInitials: Map<string, readonly string[]> | null = null;

  /** Words the narration writes as names (see writtenAsName), gathered when first asked. */
  private namesWritten: Set<string> | null = null;
  /** Capitalised words the narration writes after "the" as a speaker (see speaksAfterThe), gathered when first asked. */
  private theNames: Set<string> | null = null;

  /**
   * `spoken`: nouns the text's speech clauses make speakers ("said the shepherd", see spokenRoles.ts), roles in this
   * text beside the lexicon's.
   */
  constructor(private readonly items: readonly Item[], private readonly lowerWords: ReadonlySet<string>, private readonly spoken: ReadonlySet<string> = new Set()) {}

  /** Whether a word is a role noun: the lexicon's, or one this text's speech clauses make a speaker. */
  isRole(lower: string): boolean {
    return isRoleNoun(lower) || this.spoken.has(normalizeWord(lower));
  }

  /** The name run ending at item `last` (inclusive), extended back over titles: "Secretary of State Marco Rubio". */
  runBefore(last: number): [number, number] | null {
    if (!isCapitalised(this.items[last])) return null;
    let first = last;
    while (first > 0 && this.continuesRunBackward(first)) first--;
    return this.trimRun(first, last);
  }

  /** Every name run of the text in order, each from a capitalised word after one that is not (a fresh pair each). */
  *nameRuns(): Generator<[number, number]> {
    for (let i = 0; i < this.items.length; i++) {
      if (!isCapitalised(this.items[i]) || isCapitalised(this.items[i - 1])) continue;
      const run = this.runAfter(i);
      if (!run) continue;
      yield run;
      i = run[1];
    }
  }

  /** The name run starting at item `first` (a fresh pair: callers may extend it). */
  runAfter(first: number): [number, number] | null {
    if (!isCapitalised(this.items[first])) return null;
    let run = this.runsAfter.get(first);
    if (run === undefined) {
      // A run depends on the items alone, never on the people learned so far.
      let last = first;
      while (last + 1 < this.items.length && this.continuesRunBackward(last + 1)) last++;
      run = this.trimRun(first, last);
      this.runsAfter.set(first, run);
    }
    return run && [run[0], run[1]];
  }

  private continuesRunBackward(i: number): boolean {
    const it = this.items[i];
    const prev = this.items[i - 1];
    // "Theodora “Teddy” Vance": a nickname quoted inside a full name.
    if ((this.isNickname(i) && isCapitalised(prev)) || (this.isNickname(i - 1) && isCapitalised(it))) return true;
    if (!it || !prev || prev.sentence !== it.sentence || prev.kind !== 'word') return false;
    if (isCapitalised(it) && isCapitalised(prev)) return true;
    // "Secretary of State", "Ludwig van Beethoven": a lower-case joint between capitalised words.
    if (it.lower === 'of' && isTitleWord(prev.text) && isCapitalised(this.items[i + 1])) return true;
    if (prev.lower === 'of' && isCapitalised(it) && isTitleWord(this.items[i - 2]?.text ?? '')) return true;
    return /^(van|von|de|der|da|di|du|bin|ibn|al|le|la)$/.test(it.lower) && isCapitalised(prev) && isCapitalised(this.items[i + 1]);
  }

  /** Whether item `i` is a one-word quotation between two capitalised words of its sentence ("Theodora “Teddy” Vance"). */
  private isNickname(i: number): boolean {
    const [prev, it, next] = [this.items[i - 1], this.items[i], this.items[i + 1]];
    return it?.kind === 'quote' && NICKNAME.test(it.text) && isCapitalised(prev) && isCapitalised(next) && prev.sentence === it.sentence && next.sentence === it.sentence;
  }

  private trimRun(first: number, last: number): [number, number] | null {
    // "Naturally I": an opening adverb and the pronoun I are no part of a name.
    // "defender Olly Dent": after a role noun, a capitalised word ending in -ly opens a name.
    const named = (i: number) => this.items[i - 1]?.kind === 'word' && !this.items[i - 1].capital && isRoleNoun(this.items[i - 1].lower);
    // "and Kelly has started": a capitalised -ly word inside its sentence, or one of the names ending like an adverb, is
    // no adverb.
    const opens = (i: number) => !isWord(this.items[i - 1]) || this.items[i - 1].sentence !== this.items[i].sentence;
    const adverb = (i: number) => isVerbModifier(this.items[i].lower) && this.items[i].lower.endsWith('ly') && opens(i) && !GIVEN_NAME_GENDER.has(this.items[i].lower) && !named(i);
    // "Former England scrum-half Gareth Pryce": what someone was is no part of a name.
    const was = (i: number) => /^(?:former|ex)$/.test(this.items[i].lower);
    // "Good beamed at me": a common word alone is a name where the narration also writes it as one ("said Good") and
    // it acts.
    const actingName = first === last && this.writtenAsName(this.items[first].lower) && this.actsAsSubject(last);
    // "June Aldous came in": a month that is also a given name opens the name, where no preposition makes it a date.
    const leading = (i: number) => isLeadingFunctionWord(this.items[i].text) && !(CALENDAR_WORDS.test(this.items[i].lower) && isGivenMonth(this.items, i, last));
    while (first <= last && !actingName && (leading(first) || adverb(first) || was(first))) first++;
    // "Scotland's Alasdair Reid": the country's possessive is no part of the name; nor "Holders" of "Holders Ellis Vale",
    // nor "American" of "the American Jess Calloway".
    if (first < last && (isCountryPossessive(this.items[first].text) || TEAM_TITLES.test(this.items[first].lower) || opensOnNationality(this.items, first, last))) first++;
    // "National Democrat Greg Tregenza": a party label is what the person is, as a nationality is.
    first = afterPartyLabel(this.items, first, last);
    // "Hurdler Ashby tells tribunal …": a headline's noun before a surname is what the body's Ashby is.
    if (isHeadlineDescriptor(this.items, first, last)) first++;
    // "…, Quillfeather-Obi Urges Patience": a title-case headline's verb or noun after a name is no part of it.
    last = headlineNameEnd(this.items, first, last);
    // "Born Margaret Hale in 1938, she …", "Asked Tom Reed about it": a participle opening the sentence.
    if (first < last && OPENING_PARTICIPLES.has(this.items[first].lower) && this.items[first - 1]?.sentence !== this.items[first].sentence) first++;
    // "tell Hollis I’m thinking of her": the pronoun I, also with its verb drawn on, is no part of a name.
    while (last >= first && /^I(?:['’](?:m|ll|d|ve))?$/.test(this.items[last].text)) last--;
    // "The three Miss Pellews", "the two Joneses": a name in the plural after "the" and a number is several people, no
    // one a he/she can be.
    const counted = this.items[first - 2]?.lower === 'the' && COUNT_WORDS.test(this.items[first - 1]?.lower ?? '');
    if (counted && /[^s]s$/.test(this.items[last]?.text ?? '')) return null;
    return first <= last ? [first, last] : null;
  }

  /** Whether the narration writes the word `lower` as a name: after a speech verb ("said Good") or a given name or title ("John Good"). */
  private writtenAsName(lower: string): boolean {
    if (!this.namesWritten) {
      this.namesWritten = new Set();
      // An index loop: entries() makes a pair per item of the text.
      for (let i = 0; i < this.items.length; i++) {
        const it = this.items[i];
        const prev = this.items[i - 1];
        if (!isCapitalised(it) || prev?.sentence !== it.sentence || prev.kind !== 'word') continue;
        if (SPEECH_VERBS.has(prev.lower) || GIVEN_NAME_GENDER.has(prev.lower) || isTitleWord(prev.text)) this.namesWritten.add(it.lower);
      }
    }
    return this.namesWritten.has(lower);
  }

  /**
   * Whether the narration gives the capitalised word `lower`, after "the", the words of a speech clause ("said the
   * Owl", "the Owl asked") and never writes it in lower case: a nickname with its article, as schools and crews give
   * them, not a thing's name. Titles, roles and nationalities ("the Canon", "the Dane") are left to the one the
   * text gave them.
   */
  private speaksAfterThe(lower: string): boolean {
    if (!this.theNames) {
      this.theNames = new Set();
      for (let i = 1; i + 1 < this.items.length; i++) {
        const [the, it, after] = [this.items[i - 1], this.items[i], this.items[i + 1]];
        if (the.lower !== 'the' || !isWord(it) || !it.capital || the.sentence !== it.sentence || isCapitalised(after)) continue;
        const verb = this.items[i - 2];
        const cued = (isWord(verb) && verb.sentence === it.sentence && SPEECH_VERBS.has(verb.lower) && this.items[i - 3]?.kind === 'quote') || (isWord(after) && after.sentence === it.sentence && SPEECH_VERBS.has(after.lower) && verb?.kind === 'quote');
        if (cued && !isDemonym(it.text)) this.theNames.add(normalizeWord(it.text));
      }
      for (const w of this.theNames) if (this.lowerWords.has(w) || isRoleNoun(w) || isTitleWord(w) || ORGANISATION_WORDS.has(w)) this.theNames.delete(w);
    }
    return this.theNames.has(lower);
  }

  runText(first: number, last: number): string {
    // The same run is read several times in a row (is it a full name, a person, whom it names): the last one is kept.
    if (first === this.lastRun[0] && last === this.lastRun[1]) return this.lastRunText;
    const text = first === last ? this.items[first].text : this.items.slice(first, last + 1).filter((it) => it.kind === 'word').map((it) => it.text).join(' ');
    this.lastRun = [first, last];
    this.lastRunText = text.endsWith('s') ? text.replace(POSSESSIVE_S, '') : text;
    return this.lastRunText;
  }

  /**
   * Whether a run in capitals is a person's name printed so, as on a door plate or a form ("GEORGE TILBY, said the
   * plate"): a common given name and a surname inside a sentence written in ordinary case, not a heading.
   */
  private nameInCapitals(first: number, last: number, core: readonly string[]): boolean {
    if (core.length !== 2 || !GIVEN_NAME_GENDER.has(core[0].toLowerCase())) return false;
    const sentence = this.items[first].sentence;
    const inSentence = (k: number) => isWord(this.items[k]) && this.items[k].sentence === sentence && !this.items[k].capital;
    return inSentence(last + 1) || inSentence(last + 2) || inSentence(first - 1);
  }

  /** Whether a capitalised run reads as a person's name rather than a place, an organisation or a common word. */
  looksLikePerson(first: number, last: number, asSpeaker: boolean): boolean {
    const text = this.runText(first, last);
    const parsed = parseName(text);
    const lastWord = normalizeWord(parsed.core[parsed.core.length - 1]);
    // "Mrs. Hall", "Mr. Church": an honorific before a lone name makes it a person's, whatever the word.
    const honorific = parsed.core.length === 1 && parsed.titles.some((t) => HONORIFIC_GENDER.get(normalizeWord(t)));
    if (!honorific && (lastWord.includes('-') ? lastWord.split('-').some((w) => ORGANISATION_WORDS.has(w)) : ORGANISATION_WORDS.has(lastWord))) return false;
    // "Brandt & Son", "Marks & Spencer": names joined by an ampersand are a firm's.
    if (this.items[first - 1]?.text === '&' || this.items[last + 1]?.text === '&') return false;
    // "Maule's Lane", "St. James's Park": a possessive inside a name makes it a place's or a thing's.
    if (parsed.core.slice(0, -1).some((w) => POSSESSIVE_S.test(w))) return false;
    // "off the Mirenzan island of Castelmar", "the town of Ashby": a name a place's noun brings in with "of" is that
    // place's, whatever an appositive after it seems to make it.
    if (this.items[first - 1]?.lower === 'of' && PLACE_NOUNS.test(this.items[first - 2]?.lower ?? '')) return false;
    // "Number Nine", "Number 10": a house, a room or a platform by its number, not a person.
    if (isNumberedPlace(parsed.core)) return false;
    // "NATO", "THE TURN OF THE SCREW": a word or a heading in capitals is no one's name (a speaker label may be).
    if (!asSpeaker && inCapitals(parsed.core) && !this.nameInCapitals(first, last, parsed.core)) return false;
    // "MPs", "GPs", "MEPs": an acronym's plural is a group, never one person.
    if (parsed.core.length === 1 && /^\p{Lu}{2,}s$/u.test(parsed.core[0])) return false;
    // "The three Miss Pellews", "the Brands": the plural of a surname the text gives someone is their family.
    if (parsed.core.length === 1 && /\p{Ll}s$/u.test(parsed.core[0]) && [lastWord.slice(0, -1), lastWord.slice(0, -2)].some((w) => this.surnames().has(w))) return false;
    // "the Aunt Sally man", "a Punch and Judy woman": a name that qualifies a person noun names no one.
    const after = this.items[last + 1];
    if (!asSpeaker && after?.kind === 'word' && !after.capital && after.sentence === this.items[last].sentence && GENERIC_PERSON_NOUNS.has(after.lower)) return false;
    // "Her 2019 hit Kitchen Light", "the album Salt and Iron": a name right after a work's noun is its title.
    const noun = this.items[first - 1];
    if (!asSpeaker && noun?.kind === 'word' && !noun.capital && WORK_NOUNS.has(noun.lower)) return false;
    // "The Mayor of Westbury, Councillor Joan Pell,": an office the name in apposition holds, not a person's name.
    if (parsed.titles.some((t) => t === 'of') && this.items[last + 1]?.text === ',' && isCapitalised(this.items[last + 2])) return false;
    // "chemist Ada Perrin": a role noun right before the name; a quotation ending "… still exist." is no word, whatever it ends on.
    const titled = parsed.titles.length > 0 || (isWord(noun) && isRoleNoun(noun.lower));
    if (titled || asSpeaker) return true;
    // "Lantern, the twenty-two-seat restaurant,", "Tidewater, a second, larger place": a thing the apposition names.
    if (parsed.core.length === 1 && !GIVEN_NAME_GENDER.has(lastWord) && this.thingNames().has(lastWord)) return false;
    const before = this.items[first - 1];
    // "in Westbury" is a place; "came from Lars Kjeldsen, the Danish wing," a person the appositive gives a role, and
    // "heard evidence from Diane Stannard" one a common given name opens (a place's last word aside: "Charlotte Street").
    const givenAndSurname = parsed.core.length >= 2 && GIVEN_NAME_GENDER.has(normalizeWord(parsed.core[0]));
    const fromSomeone = before?.lower === 'from' && givenAndSurname && !PLACE_LAST_WORDS.test(parsed.core[parsed.core.length - 1]) && !POSSESSIVE_S.test(this.items[last].text);
    if (before && PLACE_PREPOSITIONS.has(before.lower) && !fromSomeone && !(parsed.core.length >= 2 && this.hasAppositiveRole(last))) return false;
    // "an hour north of Tromsvik", "the clubs of Port Ellery": a compass point's "of", or a place's first word.
    if (before?.lower === 'of' && /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/.test(this.items[first - 2]?.lower ?? '')) return false;
    // "the Eastgate of Caer Ostry", "the University of West Anglia": a name of several words after a name's "of" is a
    // place's, unless a given name opens it; "the Earl of Essex" is a title's.
    const owner = this.items[first - 2];
    if (before?.lower === 'of' && parsed.core.length >= 2 && isCapitalised(owner) && owner.sentence === before.sentence && !isTitleWord(owner.text) && !givenNameGender(parsed.core)) return false;
    if (parsed.core.length >= 2 && PLACE_FIRST_WORDS.test(parsed.core[0])) return false;
    if (parsed.core.length >= 2 && PLACE_LAST_WORDS.test(parsed.core[parsed.core.length - 1]) && !GIVEN_NAME_GENDER.has(normalizeWord(parsed.core[0]))) return false;
    // "the Coastal Resilience and Maritime Heritage Fund", "The Soil Report": a name after "the" is a thing's, and one
    // after "a" too ("an English Churchman"), unless a full name with a common given name ("a Luis Ferreira header").
    if (before?.lower === 'the' && parsed.core.length === 1 && this.speaksAfterThe(lastWord)) return true;
    if (before && (before.lower === 'the' || (/^(?:a|an)$/.test(before.lower) && !givenAndSurname))) return false;
    // "Late Thursday, her office said": a sentence's common opening word before a day is a time (openingCapitals.ts).
    if (parsed.core.length >= 2 && isCommonOpening(this.items, first, last)) return false;
    if (parsed.core.length >= 2) return !this.namesAThing(parsed.core, first, last);
    const sentenceInitial = !before || before.sentence !== this.items[first].sentence;
    // "Good beamed at me": a common word opening a sentence is the name of one the text knows by it only when it acts.
    if (sentenceInitial && this.lowerWords.has(lastWord)) return this.actsAsSubject(last) && this.findExisting(parsed.core, parsed.gender, first) !== null;
    // "I can see Douglas there": a common given name the text never writes in lower case.
    if (GIVEN_NAME_GENDER.has(lastWord) && !this.lowerWords.has(lastWord)) return true;
    if (this.findExisting(parsed.core, parsed.gender, first) !== null || this.hasAppositiveRole(last)) return true;
    // "The dying Indian sank to his knees": a nationality acting is what someone is, not their name.
    return this.actsAsSubject(last) && !isListedNationality(this.items[last].text);
  }

  /** The words the text writes as surnames: after a title ("Mrs. Pellew") or a common given name ("Peter Brand"). */
  private surnames(): ReadonlySet<string> {
    if (this.surnameWords) return this.surnameWords;
    const found = new Set<string>();
    for (let i = 1; i < this.items.length; i++) {
      const [before, it] = [this.items[i - 1], this.items[i]];
      if (!isWord(it) || !it.capital || !isWord(before) || !before.capital || before.sentence !== it.sentence) continue;
      const w = normalizeWord(before.text);
      if (HONORIFIC_GENDER.has(w) || GIVEN_NAME_GENDER.has(w)) found.add(normalizeWord(it.text));
    }
    this.surnameWords = found;
    return found;
  }

  /**
   * "The song was Kitchen Light,", "the favourite, Copper Lantern,": a name of several words opening on a word the text
   * also writes as a common noun, and no given name, is a thing's, unless it acts as a person or is given a role.
   */
  private namesAThing(core: readonly string[], first: number, last: number): boolean {
    const lead = normalizeWord(core[0]);
    // "The mayor, Per Ekdahl," "Hallstad's mayor, Hope Mwangi,": a name set off after a role names its holder,
    // whatever common word its given name is.
    return this.lowerWords.has(lead) && !isRoleNoun(lead) && !givenNameGender(core) && !this.actsAsSubject(last) && !this.hasAppositiveRole(last) && this.rolesBefore(first).length === 0;
  }

  /**
   * "Lenz defended the decision.", "Becker was upbeat": a lone name the text never writes in lower case, followed by
   * a verb in the past tense or a speech verb. Plural agent nouns ("Analysts warned") are groups, not names.
   */
  private actsAsSubject(last: number): boolean {
    const name = this.items[last].lower;
    // "Tanaka, whose goal was her ninth, was close to tears", "Lenz, 52, said": the verb after an aside between commas.
    const aside = this.asideAfter(last);
    // "…, later apologised": adverbs before the verb, after an aside only (a lone name and an adverb may be a phrase).
    let k = aside ?? last + 1;
    while (aside !== null && isWord(this.items[k]) && !this.items[k].capital && isVerbModifier(this.items[k].lower) && k < aside + 3) k++;
    const next = this.items[k];
    if (!next || next.kind !== 'word' || next.sentence !== this.items[last].sentence || isCapitalised(next)) return false;
    if (/(?:er|or|ist|ian|ant|ent|eer|ic)s$/.test(name)) return false;
    // "Pat from Station Road was …": a witness news names by where they live.
    const from = next.lower === 'from' && isCapitalised(this.items[last + 2]) ? this.actsAsSubject(this.runAfter(last + 2)?.[1] ?? last + 2) : false;
    return from || SPEECH_VERBS.has(next.lower) || /^(was|is|has|had|will|would|did)$/.test(next.lower) || /[^e]ed$/.test(next.lower) || IRREGULAR_PAST.has(next.lower);
  }

  /** The item after an aside opened by who/whose or an age right after the name ending at `last`, if one: "Tanaka, whose goal …, was". */
  private asideAfter(last: number): number | null {
    const it = this.items;
    if (it[last + 1]?.text !== ',' || !/^(?:who|whose|\d+)$/.test(it[last + 2]?.lower ?? '')) return null;
    for (let k = last + 3; k <= last + ASIDE_REACH && it[k] && it[k].sentence === it[last].sentence; k++) if (it[k].text === ',') return k + 1;
    return null;
  }

  /** Lone capitalised words the text gives a thing in apposition anywhere ("Lantern, the restaurant on Harbour Row"). */
  private thingNames(): ReadonlySet<string> {
    if (!this.things) {
      this.things = new Set();
      for (let i = 1; i < this.items.length; i++) {
        const it = this.items[i];
        // "According to Valdivia, the first results are …": a source's comma opens the clause it reports.
        const before = this.items[i - 1];
        if (it.kind === 'word' && it.capital && !isCapitalised(before) && before.lower !== 'to' && this.appositiveThing(i)) this.things.add(normalizeWord(it.text));
      }
    }
    return this.things;
  }

  /**
   * Whether the name ending at item `last` has a noun phrase in apposition whose head is a thing's common noun ("the
   * restaurant", "a second, larger place"), not a role, a kin word, an age or a nationality.
   */
  private appositiveThing(last: number): boolean {
    const it = this.items;
    if (it[last + 1]?.text !== ',' || !/^(?:a|an|the|its)$/.test(it[last + 2]?.lower ?? '')) return false;
    let head: Item | null = null;
    for (let i = last + 3; i < it.length && i < last + 10 && it[i].sentence === it[last].sentence; i++) {
      if (it[i].kind !== 'word') {
        // "a second, larger place": a comma between the adjectives goes on with the phrase.
        if (it[i].text === ',' && head && /^(?:first|second|third|new|larger|smaller|bigger|older|newer)$/.test(head.lower)) continue;
        break;
      }
      // "Menon, the commission will now seek to …" is a clause, no apposition.
      if (CLAUSE_WORDS.test(it[i].lower)) return false;
      if (APPOSITIVE_ENDS.has(it[i].lower)) {
        // "… a town that voted for Brennmark, the mood on Monday was bleak": nor is a phrase whose verb comes after its
        // modifiers, with no relative word to open a clause of its own.
        if (verbAfterModifiers(it, i)) return false;
        // "Bhasin, a former fashion buyer who took over in 2021,": "who" is said of people only.
        if (/^(?:who|whom)$/.test(it[i].lower)) return false;
        break;
      }
      head = it[i];
    }
    if (!head || head.capital || /\d/.test(head.text)) return false;
    const w = normalizeWord(head.lower);
    // "Weary, the sunny-hearted,": a compound adjective of a body part or a trait ("-hearted", "-haired") describes someone.
    if (/\w-\w+ed$/.test(w)) return false;
    return !this.isRole(w) && !GENERIC_PERSON_NOUNS.has(w) && !KIN.has(w) && !isDemonym(head.text) && !/(?:year-old|man|woman|men|women|person|people|child|boy|girl)$/.test(w);
  }

  private hasAppositiveRole(last: number): boolean {
    return this.appositiveRoles(last).length > 0;
  }

  /**
   * "but Mr. Quill the master hovered by the wheel": older fiction sets a subject's role after the name with no comma.
   * Only for a name opening its sentence or clause, since "told Mary the doctor had gone" is an object and a clause,
   * or for the subject of an inverted speech clause the role closes ("said Amos Thorne the shepherd.").
   */
  private unpunctuatedRole(first: number, last: number): string[] {
    const it = this.items;
    const before = it[first - 1];
    const subject = !before || before.sentence !== it[first].sentence || before.text === ',' || /^(?:and|but|while|when)$/.test(before.lower);
    const role = it[last + 2];
    const after = it[last + 3];
    const inverted = isWord(before) && SPEECH_VERBS.has(before.lower) && (!isWord(after) || after.sentence !== it[last].sentence);
    if (!(subject || inverted) || it[last + 1]?.lower !== 'the' || !isWord(role) || role.capital || role.sentence !== it[last].sentence) return [];
    const noun = normalizeWord(role.lower);
    return this.isRole(noun) && !GENERIC_PERSON_NOUNS.has(noun) && !KIN.has(noun) && !this.isRole(normalizeWord(it[last + 3]?.lower ?? '')) ? [noun] : [];
  }

  /**
   * The role words of ", an independent Russian political analyst," after a name: a noun phrase headed by a role
   * noun, ending at a comma, a full stop, a preposition or "who". "Lena Ashworth, told reporters the minister was"
   * is no appositive: its role noun is not the head of a phrase that ends there.
   */
  appositiveRoles(last: number): string[] {
    const it = this.items;
    // "Ben Trewin, 41, the coxswain,": past the age news writes first.
    if (it[last + 1]?.text === ',' && /^\d{1,3}$/.test(it[last + 2]?.text ?? '') && it[last + 3]?.text === ',') last += 2;
    if (it[last + 1]?.text !== ',') return [];
    // "Conor Whelan, then head chef at …", "Ada Lutz, now a teacher,": a role held at another time is still theirs.
    const from = /^(?:then|now|once|formerly)$/.test(it[last + 2]?.lower ?? '') ? last + 3 : last + 2;
    const words: string[] = [];
    let i = from;
    for (; i < it.length && i < from + 8 && it[i].kind === 'word'; i++) {
      // "Ama Serwaa, Tarsia’s minister of culture,": a name's possessive may open it, as a determiner does.
      if (i === from && !DETERMINERS.has(it[i].lower) && !isRoleNoun(it[i].lower) && isCapitalised(it[i]) && !POSSESSIVE_S.test(it[i].text)) return [];
      if (APPOSITIVE_ENDS.has(it[i].lower)) break;
      words.push(it[i].lower);
    }
    const ended = i >= it.length || it[i].kind !== 'word' || APPOSITIVE_ENDS.has(it[i].lower);
    const head = words[words.length - 1];
    // ", a Spaniard,": a nationality is a role too.
    if (!ended || head === undefined || (!this.isRole(head) && !isKinNoun(head) && !isDemonym(it[i - 1].text))) return [];
    // A calling only the text's speech clauses make a role is one in a noun phrase ("the brewer"), not after a verb
    // ("has been the youngest grandmaster").
    if (!isRoleNoun(head) && !isKinNoun(head) && !isDemonym(it[i - 1].text) && !DETERMINERS.has(words[0])) return [];
    // "the school's oldest former pupil": an owner is no role of theirs.
    const roles = words.filter((w) => !DETERMINERS.has(w) && !/['’]s$/.test(w));
    // "Robert, my brother,": the narrator's relative (see rolesBefore).
    return words[0] === 'my' && isKinNoun(head) ? [...roles, `my ${normalizeWord(head)}`] : roles;
  }

  /**
   * The roles a relative clause gives: "Marta Kowalczyk, who chairs the union," is the chair, the union's leader; and
   * a verb in the present right after the name, as a profile says what someone does ("Maeve Corrigan, 31, sings and
   * plays fiddle" is the singer).
   */
  relativeRoles(last: number): readonly string[] {
    const it = this.items;
    // Past an age in apposition.
    const after = /^\d{1,3}$/.test(it[last + 2]?.text ?? '') && it[last + 1]?.text === ',' && it[last + 3]?.text === ',' ? last + 3 : last;
    const present = it[after + 1]?.kind === 'word' && /s$/.test(it[after + 1].lower) ? ROLE_VERBS.get(it[after + 1].lower) : undefined;
    if (present) return present.filter((r) => roleGender(r) === null);
    if (it[last + 1]?.text !== ',' || it[last + 2]?.lower !== 'who') return [];
    let v = last + 3;
    while (it[v] && isVerbModifier(it[v].lower)) v++;
    // A verb says nothing of its subject's gender: "Janet Okoro, who chairs …" is no chairman.
    const roles = (ROLE_VERBS.get(it[v]?.lower ?? '') ?? []).filter((r) => roleGender(r) === null);
    // "who chaired the meeting": the chair of an occasion leads no one (the council's leader spoke at it).
    const object = it[v + 1] && DETERMINERS.has(it[v + 1].lower) ? it[v + 2] : it[v + 1];
    if (OCCASIONS.test(object?.lower ?? '')) return roles.filter((r) => r.startsWith('chair'));
    // "Ricardo Feltz, who represents Oyelaran,", "who represents the Oduya family": one who represents people, not a
    // place, is their agent or lawyer, not a member.
    if (!REPRESENTING.test(it[v]?.lower ?? '')) return roles;
    const client = object === it[v + 1] ? this.runAfter(v + 1) : null;
    if (client && this.personNamed(this.runText(client[0], client[1]))) return CLIENTS_AGENTS;
    for (let k = v + 1; k <= v + CLIENT_WORDS && isWord(it[k]) && it[k].sentence === it[v].sentence; k++) if (CLIENTS.test(it[k].lower)) return ['lawyer'];
    return roles;
  }

  /** Whether the name opening at item `first` after a comma is set off as an apposition: a comma or the sentence's end after it. */
  private apposed(first: number): boolean {
    let k = first;
    while (isCapitalised(this.items[k + 1]) && this.items[k + 1].sentence === this.items[first].sentence) k++;
    const next = this.items[k + 1];
    return !next || next.sentence !== this.items[first].sentence || next.kind !== 'word';
  }

  /** Role words written before a name: "retired teacher Walter Boyd", "Its chief forecaster, Tomas Brandt,". */
  rolesBefore(first: number): string[] {
    const it = this.items;
    let i = first - 1;
    // "The Rector, the Reverend John Quennell,": a title's "the" after the comma stands between the role and the name.
    if (it[i]?.lower === 'the' && it[i - 1]?.text === ',' && isTitleWord(it[first].text)) i--;
    // "the delegate from the Union at Leeds, a Mr. Jonas Pilbeam": an "a" before a titled name says the text gives the
    // one it described a name.
    else if (/^an?$/.test(it[i]?.lower ?? '') && it[i - 1]?.text === ',' && isTitleWord(it[first].text)) i--;
    // "The judge, Philippa Carr, said"; not "handed to the judge, Doyle wrote", where the comma closes a clause.
    if (it[i]?.text === ',' && it[i - 1] && (this.isRole(it[i - 1].lower) || isKinNoun(it[i - 1].lower)) && this.apposed(first)) i--;
    // "the artist himself, Basil Hallward"
    else if (it[i]?.text === ',' && /^(himself|herself)$/.test(it[i - 1]?.lower ?? '') && it[i - 2] && isRoleNoun(it[i - 2].lower)) i -= 2;
    // "The Mayor of Westbury, Councillor Janet Okoro": a role of a place in apposition before the name.
    else if (it[i]?.text === ',') i = roleOfPlaceBefore(it, i, this.apposed(first));
    // "The director was Frank Halloway": a copula after the definite role phrase its sentence opens on.
    else if (/^(?:was|is)$/.test(it[i]?.lower ?? '') && it[i - 1] && this.isRole(it[i - 1].lower) && copulaOpensOnRole(it, i)) i--;
    const words: string[] = [];
    while (i >= 0 && it[i].kind === 'word' && it[i].sentence === it[first].sentence && words.length < 5) {
      if (DETERMINERS.has(it[i].lower) || /^(by|and|to|of|with|for)$/.test(it[i].lower) || it[i].lower.endsWith('’s') || it[i].lower.endsWith("'s")) break;
      // "while Florence was daughter …": role words are lower-case content words right before the name; a nationality
      // before them is one too ("Hungarian forward Laszlo Varga").
      const nationality = words.length > 0 && isDemonym(it[i].text);
      if (FUNCTION_WORDS.has(it[i].lower) || (isCapitalised(it[i]) && !isRoleNoun(it[i].lower) && !nationality)) break;
      words.unshift(it[i].lower);
      i--;
    }
    if (words.length === 0 || !(this.isRole(words[words.length - 1]) || isKinNoun(words[words.length - 1]))) return [];
    // "Former Atlantic champion Colin Brackenbury", "ex-England captain": a place or body between leaves the role past,
    // no "the champion" of now.
    if (isCapitalised(it[i]) && it[i].sentence === it[first].sentence && /^(?:former|ex)$/.test(it[i - 1]?.lower ?? '') && !isCapitalised(it[i + 1])) words.unshift(it[i - 1].lower);
    // "my brother Robert": the narrator's relative, whom "my brother" names wherever the text says it.
    return it[i]?.lower === 'my' && isKinNoun(words[words.length - 1]) ? [...words, `my ${normalizeWord(words[words.length - 1])}`] : words;
  }

  /**
   * The known person a name denotes at item `at`. When several share it (Declan and Aoife Moss), the one the text has
   * already called by this very name, else the one it mentioned last, else the first it mentions after `at`.
   */
  findExisting(core: readonly string[], gender: Gender | null, at = this.items.length, title: string | null = null): PersonRecord | null {
    const name = core.join(' ');
    let candidates = this.sharingAWord(core).filter((p) => this.agrees(p, name, gender) && (!title || sameTitle(p, title, name)));
    // "the said Jack" of a text that names John Reed: a pet name no one bears is the one who bears its formal name.
    if (candidates.length === 0 && core.length === 1 && !title) return this.formalBearer(core[0]);
    if (candidates.length <= 1) return candidates[0] ?? null;
    // "Captain Kettleby": the one the text gave that rank, by any form of the name.
    candidates = titledOnes(candidates, title);
    if (candidates.length === 1) return candidates[0];
    // "Mrs. McChesney" among Jock and Emma McChesney: the one whose first name is a woman's.
    const given = (p: PersonRecord) => (p.core.length > 1 ? givenNameGender(p.core) : undefined);
    // Read before given names: Mrs. Pardee is a wife or a mother whose given name is rare, not her daughter Alyssa.
    const married = title === 'mrs' ? marriedOne(candidates.filter((p) => (given(p) ?? this.gender(p) ?? 'f') === 'f'), this.kinship) : null;
    if (married) return married;
    if (gender && candidates.some((p) => given(p) === gender)) candidates = candidates.filter((p) => given(p) === gender);
    if (candidates.length === 1) return candidates[0];
    // "the younger Stroud", "the older Okonjo": the one the text made the others' child, or their parent.
    const age = this.items[at - 1]?.lower ?? '';
    const compared = this.items[at - 2]?.lower === 'the' && COMPARED_AGES.test(age) ? this.kinship.comparedByAge(candidates, age) : null;
    if (compared) return compared;
    if (gender) {
      // "Mrs Tudor" among Bethan and Emrys Tudor, neither of a gender the text has shown: the one called Mrs Tudor
      // before, else someone of her own, rather than whichever of the couple came first.
      const titled = candidates.filter((p) => p.honorificGender === gender);
      if (titled.length === 1) return titled[0];
      if (titled.length === 0 && candidates.every((p) => this.gender(p) === null)) return null;
    }
    const start = this.items[at]?.start ?? Infinity;
    const written = core.length === 1 ? normalizeWord(core[0]) : null;
    let recent: PersonRecord | null = null;
    let k = this.mentionsBefore(start);
    for (let j = k - 1; j >= 0; j--) {
      const m = this.mentions[j];
      if (!candidates.includes(m.person)) continue;
      recent ??= m.person;
      if (written === null || normalizeWord(this.items[m.item].text) === written) return m.person;
    }
    if (recent) return written === null || title ? recent : principalBearer(this.items, this.mentions, candidates, recent, at);
    for (; k < this.mentions.length; k++) if (candidates.includes(this.mentions[k].person)) return this.mentions[k].person;
    return candidates[0];
  }

  /** The person a vocative names ("Thea", "Mr. Bennet"), among those sharing a word with it. */
  personNamed(vocative: string): PersonRecord | null {
    const { core, gender } = parseName(vocative);
    // "Mrs. Kronborg" is not Peter Kronborg: an honorific of the other gender than a bearer's is someone else.
    const all = this.sharingAWord(core).filter((p) => p.name !== 'I' && (samePerson(p.name, vocative) || this.goesBy(p, core)) && !(gender && (this.gender(p) ?? gender) !== gender));
    // "Not quite all, Captain Kettleby.": the one the text gave that title, as findExisting reads it.
    const named = titledOnes(all, addressTitle(parseName(vocative)))[0];
    if (named || core.length !== 1) return named ?? null;
    return this.formalBearer(core[0]) ?? this.relativeCalled(core[0]) ?? this.titleHolder(core[0]);
  }

  /** "I hope I see you well, Mr. Archdeacon.", "…, Canon?", "Yes, Sarge.": the one person the text gave a title called alone. */
  private titleHolder(word: string): PersonRecord | null {
    // "Yes, Sarge.": a rank's spoken short form calls its holder.
    const role = SPOKEN_RANKS.get(normalizeWord(word)) ?? normalizeWord(word);
    // A title of rank is one too ("Canon"), not a courtesy one, which no one holds as a role ("Mrs.").
    if (!isRoleNoun(role) && !(isTitleWord(role) && !COURTESY_TITLES.test(role) && !CALLED_TO_ANYONE.test(role))) return null;
    const holders = this.persons.filter((p) => p.roles.has(role) && !this.organisations.has(p));
    return holders.length === 1 ? holders[0] : null;
  }

  /** "Nobody, Mom.": the one person the text made a mother, for a word a child calls a mother by. */
  private relativeCalled(word: string): PersonRecord | null {
    const kin = KIN_ADDRESS.get(normalizeWord(word));
    if (!kin) return null;
    const holders = this.persons.filter((p) => p.roles.has(kin) || p.roles.has(`my ${kin}`));
    return holders.length === 1 ? holders[0] : null;
  }

  /**
   * "I do not, Harry.": the one person whose given name a pet name stands for (Henry Wotton), or whose given name or
   * surname it is clipped from ("Jez" of Jeremy, "Sully" of Gary Sullivan), if only one. Not the name a
   * narrator calls themself ("I called myself Pip"): theirs, though a father's tombstone reads Philip Pirrip.
   */
  private formalBearer(pet: string): PersonRecord | null {
    if (this.narratorOwnName() === pet) return null;
    const word = normalizeWord(pet);
    let bearer = this.petBearers.get(word);
    if (bearer === undefined) {
      const clipped = clippedFrom(word);
      const bearers = this.persons.filter((p) => p.core.length > 1 && clipped(normalizeWord(p.core[0]), normalizeWord(p.core[p.core.length - 1])));
      bearer = bearers.length === 1 ? bearers[0] : null;
      this.petBearers.set(word, bearer);
    }
    return bearer;
  }

  /** The persons whose name shares a word with `core`: the only ones it can agree with (no scan of everyone). */
  sharingAWord(core: readonly string[]): PersonRecord[] {
    const lists = core.map((w) => this.byWord.get(normalizeWord(w))).filter((l) => !!l);
    // In the order the text introduced them, as a scan of everyone would give: each list is kept so.
    if (lists.length <= 1) return lists[0]?.slice() ?? [];
    const found = new Set<PersonRecord>();
    for (const list of lists) for (const p of list) found.add(p);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** "“…, Edna,” said her husband" of Mrs. Pontellier: a first name for someone the text knew by title and surname. */
  addGivenName(p: PersonRecord, given: string): void {
    p.core = [given, ...p.core];
    p.name = p.core.join(' ');
    p.aliases.add(given);
    this.indexName(p);
  }

  /** "Dad", known at last as Raymond Marchbank: the fuller name `core` becomes the person's, the old one an alias. */
  callBy(p: PersonRecord, core: readonly string[]): void {
    p.aliases.add(p.name);
    p.core = [...core];
    p.name = core.join(' ');
    this.indexName(p);
  }

  private indexName(p: PersonRecord): void {
    // Every mention comes here; only a new person or a changed name has the pet names' bearers sought again.
    const name = p.core.join(' ');
    if (this.indexedNames.get(p) === name) return;
    this.indexedNames.set(p, name);
    this.petBearers.clear();
    if (!this.order.has(p)) this.order.set(p, this.order.size);
    for (const w of p.core) {
      const key = normalizeWord(w);
      const list = this.byWord.get(key);
      if (!list) this.byWord.set(key, [p]);
      else if (!list.includes(p)) this.insertInOrder(list, p);
    }
  }

  /** Puts `p` among the persons of `list`, which are in the order the text introduced them. */
  private insertInOrder(list: PersonRecord[], p: PersonRecord): void {
    const order = this.order.get(p)!;
    let at = list.length;
    while (at > 0 && this.order.get(list[at - 1])! > order) at--;
    list.splice(at, 0, p);
  }

  /** The number of mentions that start before offset `start` (mentions are kept in text order). */
  mentionsBefore(start: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private agrees(p: PersonRecord, core: string, gender: Gender | null): boolean {
    if (gender && p.honorificGender && gender !== p.honorificGender) return false;
    // "Mrs Eustace Pargeter … Eustace Pargeter himself": the husband whose name a wife was given is not her.
    if (p.honorificGender === 'f' && this.husbandNames.size > 0 && this.husbandNames.has(husbandKey(core.split(' ')))) return false;
    // "Mrs. McChesney" is not Jock McChesney: a first name's gender tells them apart.
    if (gender && !p.honorificGender && p.core.length > 1 && (givenNameGender(p.core) ?? gender) !== gender) return false;
    // "Mrs. Ashcombe" is not Dudley Ashcombe, "the brother": a role's sex tells them apart too.
    if (gender && !p.honorificGender && (this.gender(p) ?? gender) !== gender) return false;
    return samePerson(p.core.join(' '), core) || this.goesBy(p, core.split(' '));
  }

  /** Whether `core` is a nickname the text gave `p` ("Fishy", "Dusty Morrow"). */
  private goesBy(p: PersonRecord, core: readonly string[]): boolean {
    const called = this.nicknames.get(p);
    return !!called && called.has(core.length === 1 ? normalizeWord(core[0]) : core.map(normalizeWord).join(' '));
  }

  /**
   * Makes `other` one with `person`, whom the text says it is ("Moth—Clare Mottram", "Alastair Fraser-Innes had been
   * called Fishy"): its mentions, names and roles become the person's, and its one-word name a nickname of theirs.
   * The fuller name stays the canonical one, or the person's when they are as full.
   */
  merge(person: PersonRecord, other: PersonRecord): void {
    if (person === other || isNarrator(person) || isNarrator(other)) return;
    if (other.core.length > person.core.length) [person.core, person.name] = [other.core, other.name];
    for (const a of other.aliases) person.aliases.add(a);
    for (const r of other.roles) person.roles.add(r);
    person.votes.m += other.votes.m;
    person.votes.f += other.votes.f;
    person.honorificGender ??= other.honorificGender;
    const called = this.nicknames.get(person) ?? new Set<string>();
    for (const w of [...other.core, ...(this.nicknames.get(other) ?? [])]) called.add(normalizeWord(w));
    if (other.core.length > 1) called.add(other.core.map(normalizeWord).join(' '));
    this.nicknames.set(person, called);
    this.nicknames.delete(other);
    for (const [k, m] of this.mentions.entries()) {
      if (m.person !== other) continue;
      this.mentions[k] = { ...m, person };
      this.byItem.set(m.item, this.mentions[k]);
    }
    for (const [item, p] of this.bearers) if (p === other) this.bearers.set(item, person);
    this.persons.splice(this.persons.indexOf(other), 1);
    this.petBearers.clear();
    for (const list of this.byWord.values()) {
      const at = list.indexOf(other);
      if (at < 0) continue;
      list.splice(at, 1);
      if (!list.includes(person)) this.insertInOrder(list, person);
    }
    this.indexName(person);
  }

  /** The person a name run denotes, learned into the table (a fuller form becomes the canonical name). */
  personFor(first: number, last: number): PersonRecord {
    // A speech clause's subject run is found by its own reading, not trimRun.
    if (isHeadlineDescriptor(this.items, first, last)) first++;
    last = headlineNameEnd(this.items, first, last);
    const written = this.runText(first, last);
    this.titleInitials ??= titlesByInitials(this.items);
    const parsed = withTitleSpelled(this.asWife(parseName(written)), this.titleInitials);
    // "GEORGE TILBY" on a door plate is George Tilby: a full name printed in capitals is written in ordinary case (a
    // lone word in capitals, "RFL", is initials).
    const capitals = parsed.core.length > 1 && inCapitals(parsed.core);
    const core = capitals ? parsed.core.map((w) => w[0] + w.slice(1).toLowerCase()) : parsed.core;
    let p = this.findExisting(parsed.core, parsed.gender, first, addressTitle(parsed));
    if (!p) {
      p = { name: '', core: [...core], aliases: new Set(), roles: new Set(), honorificGender: parsed.gender, votes: { m: 0, f: 0 } };
      this.persons.push(p);
    }
    // Where the text brings the person in, not "Kell the Times" later on: read before its first mention is added.
    const epithet = core.length === 1 && parsed.titles.length === 0 ? epithetAfter(this.items, last) : null;
    if (epithet && !this.epithets.has(p) && (this.firstMentions.get(p) ?? first) >= first) this.epithets.set(p, epithet);
    // The fuller form is the canonical name: more words, or a formal first name for a pet one (Clifford for "Cliff").
    const formal = parsed.core.length === p.core.length && isPetFormOf(normalizeWord(p.core[0]), normalizeWord(parsed.core[0]));
    if (parsed.core.length > p.core.length || formal) p.core = [...core];
    this.indexName(p);
    p.honorificGender ??= parsed.gender;
    p.aliases.add(written);
    // "Jane Doe MP" is "the outgoing MP"; "Detective-Inspector Dacre" is "the Inspector" too.
    const ranks = parsed.titles.map((t) => rankTitle(normalizeWord(t)));
    for (const words of [parsed.titles, ranks, parsed.after, this.rolesBefore(first), this.appositiveRoles(last), this.unpunctuatedRole(first, last), predicateRoles(this.items, last, (w) => this.isRole(w))]) for (const r of roleKeys(words)) p.roles.add(TITLE_ROLES.get(r) ?? r);
    // "Parson Tringham" where the text also writes "the parson": the capitalised first word is a title.
    const lead = normalizeWord(parsed.core[0]);
    if (parsed.core.length > 1 && this.lowerWords.has(lead) && !FUNCTION_WORDS.has(lead)) p.roles.add(lead);
    for (const r of this.relativeRoles(last)) p.roles.add(r);
    for (const r of nationalitiesOf(this.items, first, last)) p.roles.add(r);
    for (const r of [roleOfGroupLed(this.items, first), roleOfGroupJoined(this.items, last), roleOfCourtSide(this.items, first, last)]) if (r) p.roles.add(r);
    const honorific = parsed.titles.find((t) => HONORIFIC_GENDER.get(normalizeWord(t)) !== undefined && /^(mr|mrs|ms|miss|dr|sir|lady|lord|dame|madam|madame|mme|prof)$/.test(normalizeWord(t)));
    p.name = p.core.length === 1 && honorific ? `${honorific} ${p.core[0]}` : p.core.join(' ');
    if (p.core.length > 1) p.name = p.core.join(' ');
    else if (this.epithets.has(p)) p.name = `${p.core[0]} ${this.epithets.get(p)}`;
    return p;
  }

  /**
   * "Mrs Eustace Pargeter": a wife named by her husband's full name is Mrs Pargeter; his full name is kept, so that
   * "Eustace Pargeter" alone is never her (see husbandsNames.ts).
   */
  private asWife(parsed: ParsedName): ParsedName {
    if (!namedByHusband(this.items, parsed)) return parsed;
    this.husbandNames.add(husbandKey(parsed.core));
    return { ...parsed, core: parsed.core.slice(-1) };
  }

  /** Whether `p` may be the one "Mrs. <surname>" or "Miss <surname>" names, as far as marriage goes (marriedOtherwise). */
  mayBeTitled(p: PersonRecord, parsed: ParsedName): boolean {
    return parsed.titles.length === 0 || !marriedOtherwise(p, parsed.titles[parsed.titles.length - 1]);
  }

  /** The person of name `core` (the one known by it, or a new one), with a mention at item `item`. */
  addNamed(core: readonly string[], item: number, honorificGender: Gender | null): PersonRecord {
    let p = this.findExisting(core, honorificGender, item);
    if (!p) {
      p = { name: core.join(' '), core: [...core], aliases: new Set(), roles: new Set(), honorificGender, votes: { m: 0, f: 0 } };
      this.persons.push(p);
    } else if (core.length > p.core.length) {
      // "Bethan", known by her given name alone, is Bethan Tudor.
      p.core = [...core];
      p.name = core.join(' ');
    }
    this.indexName(p);
    this.addMention(p, item);
    return p;
  }

  addMention(person: PersonRecord, item: number, addressed = false): void {
    const it = this.items[item];
    const k = this.mentionsBefore(it.start);
    if (this.mentions[k]?.start === it.start) return;
    const m = { person, item, start: it.start, sentence: it.sentence, addressed };
    if ((this.firstMentions.get(person) ?? item) >= item) this.firstMentions.set(person, item);
    if (k === this.mentions.length) this.mentions.push(m);
    else this.mentions.splice(k, 0, m);
    this.byItem.set(item, m);
  }

  /** Gives the lone name at `item` to another person, as its bearer wherever the name is read again (firmNamesakes.ts). */
  giveLoneName(item: number, person: PersonRecord): void {
    this.reassignMention(item, person);
    this.bearers.set(item, person);
  }

  /** Gives the mention at `item` to another person (a shared surname read anew). */
  reassignMention(item: number, person: PersonRecord): void {
    const k = this.mentions.findIndex((m) => m.item === item);
    if (k < 0) return;
    const m = { ...this.mentions[k], person };
    this.mentions[k] = m;
    this.byItem.set(item, m);
  }

  gender(p: PersonRecord): Gender | null {
    if (p.honorificGender) return p.honorificGender;
    if (this.organisations.has(p)) return null;
    const byRole = genderOfRoles(p);
    if (byRole) return byRole;
    // A first name before a surname says more than pronoun counts do; a lone name may be a surname.
    const given = givenNameGender(p.core);
    // Pronoun votes are noisy where a man and a woman share every scene: they overrule a given name only by far.
    if (given && (p.core.length > 1 || p.votes[given] * 3 + 3 >= p.votes[given === 'm' ? 'f' : 'm'])) return given;
    if (p.votes.m > p.votes.f) return 'm';
    if (p.votes.f > p.votes.m) return 'f';
    return given ?? null;
  }

  /**
   * "The doctor shut the door." where the text made Dr. Archie the doctor: a definite role phrase in the narration is
   * a mention of the last person given that role, so the he/she after it refers to them. Generic nouns ("the man"),
   * roles no named person holds and holders of no known gender are left alone. One pass in text order.
   */
  learnRoleMentions(): void {
    const lastByRole = new Map<string, PersonRecord>();
    const added: PersonMention[] = [];
    let m = 0;
    for (let i = 0; i + 1 < this.items.length; i++) {
      for (; m < this.mentions.length && this.mentions[m].item < i; m++) for (const r of this.mentions[m].person.roles) lastByRole.set(r, this.mentions[m].person);
      if (this.items[i].lower !== 'the' || this.byItem.has(i)) continue;
      for (let j = i + 1; j <= i + 2; j++) {
        const it = this.items[j];
        if (!it || it.kind !== 'word' || it.capital || it.sentence !== this.items[i].sentence) break;
        // "the former coxswain" is not the coxswain (roleKeys).
        const role = roleKeys(this.items.slice(i + 1, j + 1).map((w) => w.lower)).pop() ?? '';
        const holder = !GENERIC_PERSON_NOUNS.has(role) && lastByRole.get(role);
        // A holder of no known gender may be a place the text took for a name ("the master" of New York), unless a
        // full name holding an office ("Rangers manager Tomasz Wilk", then "the visiting manager").
        if (holder && (this.gender(holder) || (holder.core.length > 1 && isRoleNoun(role) && !this.organisations.has(holder))) && !this.namedInApposition(j)) {
          added.push({ person: holder, item: i, start: this.items[i].start, sentence: this.items[i].sentence });
          break;
        }
      }
    }
    if (added.length === 0) return;
    // Both lists are in text order: one merge.
    const merged: PersonMention[] = [];
    let a = 0;
    for (const x of this.mentions) {
      while (a < added.length && added[a].start < x.start) merged.push(added[a++]);
      merged.push(x);
    }
    while (a < added.length) merged.push(added[a++]);
    // Copied back one by one: spread as arguments, a long text's mentions would pass the engine's argument limit.
    this.mentions.length = 0;
    for (const x of merged) this.mentions.push(x);
    for (const x of added) this.byItem.set(x.item, x);
  }

  /** Whether a name follows the role word at item `j` in apposition ("The council's head of planning, Rachel Oduya,"). */
  private namedInApposition(j: number): boolean {
    for (let k = j + 1; k <= j + APPOSITION_REACH && this.items[k]?.sentence === this.items[j].sentence; k++) {
      if (this.items[k].text === ',') return this.byItem.has(k + 1);
      if (this.items[k].kind !== 'word') return false;
    }
    return false;
  }

  /** Learns pronoun genders: a sentence with he/she after a sentence that mentions exactly one person. */
  learnGenders(): void {
    const bySentence = new Map<number, Set<PersonRecord>>();
    const paragraphOf = new Map<number, number>();
    for (const m of this.mentions) {
      if (this.organisations.has(m.person)) continue;
      paragraphOf.set(m.sentence, this.items[m.item].paragraph);
      const here = bySentence.get(m.sentence);
      if (here) here.add(m.person);
      else bySentence.set(m.sentence, new Set([m.person]));
    }
    // "Her assistant, Lior Ben-David,": a pronoun grammar keeps from the name beside it says nothing of its gender.
    // "Tallow hands her a tray. “…,” she says": once grammar has shown someone else of that gender, that sentence's
    // pronouns of it, before the one shown ("Sitting next to him, his business partner, Reena Kapadia,") or after,
    // and the next sentence's, are as likely theirs.
    const others = new Set<string>();
    const pronouns: { g: Gender; sentence: number; here: boolean; only: PersonRecord | null; kept: boolean; weight: number }[] = [];
    for (const [i, it] of this.items.entries()) {
      const g = pronounGender(it);
      if (!g) continue;
      const here = bySentence.get(it.sentence);
      const previous = bySentence.get(it.sentence - 1);
      // "… according to her coach, Bernd Lohmeyer. Lohmeyer, who …, was more direct than his player": one whose sex a
      // title, a role noun or a given name shows as the other is no one the pronoun can mean.
      const one = onlyOne(this.ofSex(here, g), this.ofSex(previous, g));
      // "Tom Hale came in. Ashby looked up. He …": a he/she of a sentence naming no one may as well go back past the
      // sentence before to one whose sex is known to be its own; it shows nothing of the one between.
      const before = paragraphOf.get(it.sentence - 2) === it.paragraph ? bySentence.get(it.sentence - 2) : undefined;
      const rival = !here && !!one && !!before && [...before].some((p) => p !== one && this.fixedGender(p) === g);
      const only = rival ? null : one;
      const notThem = (m: PersonMention) => m.person === only && pronounIsNotNamed(this.items, i, m.item);
      // Only names a few words around it can be what grammar keeps it from (a sentence may hold thousands).
      const near = only ? this.mentionsWithin(Math.max(0, i - GRAMMAR_REACH), Math.min(this.items.length - 1, i + GRAMMAR_REACH)) : [];
      const kept = near.some((m) => m.sentence === it.sentence && notThem(m));
      if (kept) others.add(`${it.sentence} ${g}`);
      pronouns.push({ g, sentence: it.sentence, here: !!here, only, kept, weight: this.items[i - 1]?.kind === 'quote' ? 2 : 1 });
    }
    // The genders of each sentence's pronouns, and of those that voted for no one.
    const shown = new Map<number, Set<Gender>>();
    const uncounted = new Map<number, Set<Gender>>();
    for (const { g, sentence, here, only, kept, weight } of pronouns) {
      // "Ellen … Abel had turned and looked at her, and said in his slow way that she might hear it. So she sat on a
      // stool": a he/she of a sentence naming no one goes on with that gender's pronouns in the sentence before, when
      // those voted for no one and stood beside pronouns of the other gender (a man and a woman were in play there);
      // it is no vote for the one person that sentence names.
      const goesOnUncounted = !here && !!uncounted.get(sentence - 1)?.has(g) && shown.get(sentence - 1)?.size === 2;
      shown.set(sentence, (shown.get(sentence) ?? new Set<Gender>()).add(g));
      if (kept) continue;
      if (only && !goesOnUncounted && !others.has(`${sentence} ${g}`) && !others.has(`${sentence - 1} ${g}`)) only.votes[g] += weight;
      else uncounted.set(sentence, (uncounted.get(sentence) ?? new Set<Gender>()).add(g));
    }
  }

  /** The people of `set` whose sex no title, role noun or given name shows to be other than `g`. */
  private ofSex(set: ReadonlySet<PersonRecord> | undefined, g: Gender): PersonRecord[] | undefined {
    return set && [...set].filter((p) => (this.fixedGender(p) ?? g) === g);
  }

  /** The sex a person's title, gendered role noun or given name shows, before any pronoun is counted. */
  private fixedGender(p: PersonRecord): Gender | null {
    return p.honorificGender ?? genderOfRoles(p) ?? givenNameGender(p.core) ?? null;
  }

  /** The mentions made between items `first` and `last`, inclusive, in text order. */
  mentionsWithin(first: number, last: number): PersonMention[] {
    const found: PersonMention[] = [];
    for (let k = this.mentionsBefore(this.items[first].start); k < this.mentions.length && this.mentions[k].item <= last; k++) {
      if (this.mentions[k].item >= first) found.push(this.mentions[k]);
    }
    return found;
  }

  mentionAt(item: number): PersonMention | undefined {
    return this.byItem.get(item);
  }

  /**
   * Follows he/she/him/her/his through the narration, each to its antecedent, so that a person stays salient while
   * the text calls them by pronouns alone.
   */
  resolvePronouns(): void {
    // Antecedents lie before the pronoun, so the mentions are rebuilt in text order as the pronouns are read: the
    // names' mentions up to each pronoun, then its own (no insertion into the middle of the list per pronoun).
    // The one a profile is about, read from the names alone, as the pronouns are not yet; a story told by an "I" is
    // about its narrator, whom no he/she names.
    const principal = toldInFirstPerson(this.items) ? null : principalPerson(this.items, this);
    const names = this.mentions.splice(0);
    const firstNamed = new Map<PersonRecord, number>();
    for (const m of names) if (!firstNamed.has(m.person)) firstNamed.set(m.person, m.item);
    let next = 0;
    for (let i = 0; i < this.items.length; i++) {
      // "Nasser's daughter, Dina,": an owner named in the possessive has its relative learned here, in text order.
      if (this.items[i].capital && POSSESSIVE_S.test(this.items[i].text)) this.learnTieOfName(i);
      else if (this.items[i].lower.startsWith('couple') && /^couple['’]s$/.test(this.items[i].lower)) this.learnTieOfCouple(i);
      else if (this.items[i].lower === 'their') this.learnTiesOfChildren(i);
      else if (this.items[i].lower === 'whose') this.learnTieOfWhose(i);
      const g = pronounGender(this.items[i]);
      const compared = !g && this.items[i].lower === 'the' && COMPARED_AGES.test(this.items[i + 1]?.lower ?? '') && !this.byItem.has(i);
      if ((!g && !compared) || this.byItem.has(i)) continue;
      const start = this.items[i].start;
      while (next < names.length && names[next].start < start) this.readName(names[next++]);
      if (!g) {
        // "The older woman laughed. “…,” she said": the relative compared is the one the she goes on with.
        const relative = relativeComparedByAge(this.items, this, i, i + 2, roleGender(this.items[i + 2]?.lower ?? ''));
        if (relative) this.addMention(relative, i);
        continue;
      }
      // "Millie, her lymphatic maid,": a possessive opening an appositive is someone else's than the name it follows.
      const last = this.mentions[this.mentions.length - 1];
      const apposed = this.items[i - 1]?.text === ',' && /^(his|her)$/.test(this.items[i].lower) && last && last.item >= i - 4 && last.sentence === this.items[i].sentence ? last.person : null;
      // "“Come in, Tom,” she said", "said he to Tom": a he or she is not whom its sentence speaks to.
      const subject = /^(he|she)$/.test(this.items[i].lower);
      const addressee = apposed ?? (subject ? (addresseeOf(this.items[i].sentence, this.mentions, names, next) ?? this.spokenTo(i, names, next) ?? objectOfOpeningPhrase(this.items, this.mentions, i) ?? asideSpeaker(this.items, this.mentions, i)) : subjectOfObject(this.items, this.mentions, i));
      // "The 34-year-old … was mobbed as Lopez watched. “…,” she added": the sentence before's subject, when it fits.
      const centre = subject && !apposed ? previousSubject(this.items, this, i, g) : null;
      // "What next? She is writing a book": a paragraph's opening he/she, after one naming no one of its gender.
      const returning = apposed ? null : paragraphPrincipal(this.items, this, this.mentions, i, principal);
      if (!centre && returning && returning !== addressee) this.principalReturns.add(i);
      const read = (centre !== addressee ? centre : null) ?? (returning !== addressee ? returning : null) ?? this.antecedent(i, g, null, addressee) ?? this.namedLater(i, g, names, next, addressee);
      // "Her father said": the one whose father the text named, when the one read has none (kinOwners.ts).
      const person = kinOwnerInstead(this.items, this, i, g, read) ?? read;
      if (person) this.addMention(person, i);
      if (person && person === centre) this.centred.add(i);
      if (person && this.gender(person) === null && this.namedJustBefore(i, person)) person.votes[g]++;
      if (person) this.learnRelativeAfter(i, person, firstNamed);
    }
    while (next < names.length) this.readName(names[next++]);
  }

  /**
   * "Okereke filmed his friend": whether the person a pronoun at item `i` was read as is named, by a full name of theirs,
   * a few words before it in its sentence with no one else between; the pronoun then shows their gender.
   */
  private namedJustBefore(i: number, person: PersonRecord): boolean {
    if (person.core.length < 2) return false;
    const last = this.mentions[this.mentions.length - 2];
    return !!last && last.person === person && last.sentence === this.items[i].sentence && i - last.item <= NAMED_REACH && this.items[last.item].capital && !pronounGender(this.items[last.item]);
  }

  /** Adds a name's mention in text order, a lone surname of several given to the bearer the text is on by then. */
  private readName(m: PersonMention): void {
    const passing = bearerInPassing(this.items, this, m, this.mentions);
    // "“Mom framed the letter,” Kellaway said": not the one the text made the mother (parentsSpokenOf.ts).
    const child = childSpeaking(this.items, this, m, passing ?? m.person);
    const bearer = child ? (child !== m.person ? child : null) : passing;
    const read = bearer ? { ...m, person: bearer } : m;
    if (bearer) this.byItem.set(m.item, read);
    if (bearer) this.bearers.set(m.item, bearer);
    this.mentions.push(read);
  }

  /** The bearer a lone shared surname at `item` was given in text order (see bearerInPassing), if it was. */
  bearerAt(item: number): PersonRecord | undefined {
    return this.bearers.get(item);
  }

  /**
   * "She looked perplexed for a moment, …; His aunt Polly stood surprised": a he/she before anyone of its gender was
   * named refers to the first person of that gender the narration names in the sentences after it (a story opening on
   * a pronoun). Only a few dozen mentions ahead are looked at.
   */
  private namedLater(i: number, g: Gender, toCome: readonly PersonMention[], next: number, exclude: PersonRecord | null): PersonRecord | null {
    const sentence = this.items[i].sentence;
    for (let k = next; k < toCome.length && k < next + CATAPHORA_REACH && toCome[k].sentence <= sentence + CATAPHORA_SENTENCES; k++) {
      const p = toCome[k].person;
      if (p !== exclude && !toCome[k].addressed && !isNarrator(p) && this.gender(p) === g) return p;
    }
    return null;
  }

  /**
   * "fatigued with the raptures of his wife": an owner's relative in the narration is a mention of the person of that
   * family the text names (Mrs. Bennet), so a she after it may be her.
   */
  private learnRelativeAfter(i: number, owner: PersonRecord, firstNamed: ReadonlyMap<PersonRecord, number>): void {
    if (!/^(his|her)$/.test(this.items[i].lower)) return;
    const k = kinNounAfter(this.items, i);
    if (k < 0 || this.learnTie(i, k, owner)) return;
    const head = normalizeWord(this.items[k].lower);
    const relative = this.relativeBy(owner, head) ?? this.relativeOfOtherOwner(i, owner, head);
    if (!relative || this.introducedAsKinLater(relative, i, firstNamed)) return;
    this.addMention(relative, k);
    // "her husband" says the relative's gender, when nothing else has.
    const g = roleGender(head);
    if (g && this.gender(relative) === null) relative.votes[g]++;
  }

  /**
   * "The boatyard his father founded … her son, Cian Halloran": one of the family first named after item `at`, and
   * named then as someone's relative ("her son, Cian"), is that relative, not the one a kin word before guessed.
   */
  private introducedAsKinLater(relative: PersonRecord, at: number, firstNamed: ReadonlyMap<PersonRecord, number>): boolean {
    const first = firstNamed.get(relative) ?? 0;
    return first > at && this.items[first - 1].text === ',' && !!tieOf(this.items[first - 2].lower);
  }

  /**
   * "her son, Marco,", "His mother, Sandra Pike,", "Sandra Pike, his mother,": a kin noun at `k` of the owner at `owner`
   * in apposition with a name is that person's tie to the owner. Whether one was learned.
   */
  private learnTie(owner: number, k: number, person: PersonRecord): boolean {
    const it = this.items;
    let after = it[k + 1]?.text === ',' ? k + 2 : k + 1;
    // "her husband, the television director Peter Hale,": a role phrase before the name.
    if (after === k + 2 && /^(?:the|a|an)$/.test(it[after]?.lower ?? '')) while (after < k + 7 && it[after]?.kind === 'word' && !it[after].capital) after++;
    const named = it[after]?.capital && it[after].sentence === it[k].sentence && !pronounGender(it[after]) ? this.byItem.get(after) : (this.relativeNamedNext(k, person) ?? undefined);
    // "Niamh Halloran, Cian's sister,": the name before an owner in apposition, by a pronoun or by name.
    const run = !named && it[owner - 1]?.text === ',' && (/^(his|her)$/.test(it[owner].lower) || it[owner].capital) ? this.runBefore(owner - 2) : null;
    const before = run && it[run[0]].sentence === it[owner].sentence ? this.byItem.get(run[0]) : undefined;
    const relative = named ?? before;
    if (!relative || relative.person === person || relative.addressed) return false;
    this.kinship.add(person, normalizeWord(it[k].lower), relative.person);
    // "The club is owned by Gregor Hurst, …, whose son Adam Hurst": one the text gives a relative is no firm.
    this.organisations.delete(person);
    this.organisations.delete(relative.person);
    return true;
  }

  /**
   * "The loudest speech came from his son. Caleb Stroud, 17, …": a kin noun closing its sentence, then a full name of
   * the owner's surname opening the next, in its paragraph or the next ("… one reader first: her daughter. ¶ Clara
   * Hale, 34, has directed …"): the relative the noun spoke of.
   */
  private relativeNamedNext(k: number, owner: PersonRecord): PersonMention | null {
    const it = this.items;
    if (it[k + 1]?.text !== '.' || !it[k + 2]?.capital || it[k + 2].paragraph > it[k].paragraph + 1 || owner.core.length < 2) return null;
    const m = this.byItem.get(k + 2);
    const surname = normalizeWord(owner.core[owner.core.length - 1]);
    return m && m.person.core.length > 1 && normalizeWord(m.person.core[m.person.core.length - 1]) === surname ? m : null;
  }

  /** The tie of a name written in the possessive at item `i` ("Mrs Pike's husband, Alan,"). */
  private learnTieOfName(i: number): void {
    const k = kinNounAfter(this.items, i);
    const run = k < 0 ? null : this.runBefore(i);
    const owner = run ? this.byItem.get(run[0]) : undefined;
    if (owner && !pronounGender(this.items[run![0]])) this.learnTie(run![0], k, owner.person);
  }

  /**
   * "Sam Hale … The couple's son, Ben … His father laughed. “…,” he said. His mother said …": when the owner the his/her
   * at `i` was read as has no such relative, the one the text made that relative of another person of the owner's
   * gender mentioned in the last sentences (Ben's mother), if one.
   */
  private relativeOfOtherOwner(i: number, owner: PersonRecord, noun: string): PersonRecord | null {
    const gender = pronounGender(this.items[i]);
    const sentence = this.items[i].sentence;
    for (let j = this.mentions.length - 1; j >= 0 && j >= this.mentions.length - COUPLE_REACH && this.mentions[j].sentence >= sentence - 4; j--) {
      const p = this.mentions[j].person;
      if (p === owner || this.gender(p) !== gender) continue;
      const relative = this.kinship.relative(p, noun, (q) => this.gender(q));
      if (relative) return relative;
    }
    return null;
  }

  /**
   * "Gregor Hurst, a property developer, whose son Adam Hurst": a relative clause's "whose" owns the kin noun after it
   * for the name the clause hangs on, right before it or before an appositive between commas.
   */
  private learnTieOfWhose(i: number): void {
    const k = kinNounAfter(this.items, i);
    if (k < 0 || this.items[i - 1]?.text !== ',') return;
    let run = this.runBefore(i - 2);
    for (let c = i - 2; !run && c > i - WHOSE_APPOSITIVE_REACH && this.items[c]?.sentence === this.items[i].sentence; c--) {
      if (this.items[c].text === ',') run = this.runBefore(c - 1) ?? [-1, -1];
    }
    const owner = run && run[0] >= 0 ? this.byItem.get(run[0]) : undefined;
    if (owner && !pronounGender(this.items[run![0]])) this.learnTie(i, k, owner.person);
  }

  /** "The couple's son, Ben,": a child of both of the last married pair the narration named. */
  private learnTieOfCouple(i: number): void {
    const k = kinNounAfter(this.items, i);
    const couple = k < 0 ? null : this.lastCouple();
    if (couple && this.learnTie(i, k, couple[0])) this.learnTie(i, k, couple[1]);
  }

  /** "Their two children, Nikhil, 34, and Anjali, 31,": each a child of the last married pair, and one another's sibling. */
  private learnTiesOfChildren(i: number): void {
    const list = kinListAfter(this.items, i);
    const couple = list ? this.lastCouple() : null;
    if (!list || !couple) return;
    const named = namesListed(this.items, list.from).map((k) => this.byItem.get(k)?.person).filter((p): p is PersonRecord => !!p && !couple.includes(p));
    if (named.length < 2) return;
    for (const child of named) for (const parent of couple) this.kinship.add(parent, list.noun, child);
    for (const a of named) for (const b of named) if (a !== b) this.kinship.add(a, 'sibling', b);
  }

  /** The last person mentioned (within a few dozen mentions) whom the text gave a spouse, and that spouse. */
  private lastCouple(): [PersonRecord, PersonRecord] | null {
    for (let j = this.mentions.length - 1; j >= 0 && j >= this.mentions.length - COUPLE_REACH; j--) {
      const spouse = this.kinship.spouseOf(this.mentions[j].person);
      if (spouse) return [this.mentions[j].person, spouse];
    }
    return null;
  }

  /** "her son", "his mother": the one the text made the owner's relative so, else one of the owner's family name. */
  relativeBy(owner: PersonRecord, noun: string): PersonRecord | null {
    const known = this.kinship.relative(owner, noun, (p) => this.gender(p));
    if (known || !KIN.has(noun)) return known;
    // One of the family the text made the owner's relative otherwise (his wife, for "his daughter") is not this one.
    return this.relativeOf(owner, roleGender(noun), SPOUSES.has(noun), (p) => this.kinship.tiedOtherwise(owner, p, noun));
  }

  /** "said he to Temple", "she whispered to Mary": the one a he/she at `i` speaks to, named right after "to". */
  private spokenTo(i: number, toCome: readonly PersonMention[], next: number): PersonRecord | null {
    // "“…,” she tells Anjali": the object of a verb of telling is the hearer.
    if (ADDRESSEE_VERBS.has(this.items[i + 1]?.lower ?? '') && toCome[next]?.item === i + 2) return toCome[next].person;
    for (let j = i + 1; j <= i + 3 && this.items[j]?.kind === 'word'; j++) {
      if (this.items[j].lower !== 'to') continue;
      return toCome[next]?.item === j + 1 ? toCome[next].person : null;
    }
    return null;
  }

  /** The first-person narrator, named "I" until the text shows how others address them. */
  narrator(): PersonRecord {
    let p = this.persons.find(isNarrator);
    if (!p) {
      p = { name: 'I', core: ['I'], aliases: new Set(), roles: new Set(), honorificGender: null, votes: { m: 0, f: 0 } };
      this.persons.push(p);
      this.indexName(p);
    }
    return p;
  }

  /**
   * The name a first-person narration gives its narrator: "I called myself Pip", "Call me Ishmael", "they called me
   * Robin", "my name was Jane Grey", else the one given them ("my mother, who had christened me Christopher", "I was
   * named Hal") or that they sign ("I signed the visitors’ book—Gilbert Mensah, 2:10"). Read in the narration only (a
   * quotation's "my name is" is its speaker's).
   */
  narratorOwnName(): string | null {
    // Read once: it depends on the items alone, and formalBearer asks for it at each name no one bears.
    if (this.ownName === undefined) this.ownName = this.readOwnName();
    return this.ownName;
  }

  private readOwnName(): string | null {
    const it = this.items;
    // "I was christened Robert, but everyone called me Robin": the name they go by, over the one given them.
    let given: string | null = null;
    for (let i = 1; i + 1 < it.length; i++) {
      const w = it[i].lower;
      // Only these words can open the tests below: skip the rest cheaply.
      if (!OWN_NAME_CUES.has(w)) continue;
      const [a, b] = [it[i - 1].lower, it[i - 2]?.lower];
      const called = ((w === 'me' || w === 'myself') && /^(?:call|called|calling)$/.test(a)) || (/^(is|was)$/.test(w) && a === 'name' && b === 'my') || (/^name['’]s$/.test(w) && a === 'my');
      const christened = ((w === 'me' || w === 'myself') && NAMING_VERBS.test(a)) || (NAMING_VERBS.test(w) && /^(?:was|been|am)$/.test(a) && (b === 'i' || it[i - 3]?.lower === 'i'));
      // "I am Matilda Crewe.", "I'm Kessler.": the narrator introducing themselves to the reader, a name alone, no
      // nationality ("I am Welsh."), ending its clause.
      const stated = (w === 'am' && it[i - 1].text === 'I') || /^i['’]m$/.test(w);
      const name = called || christened || stated ? i + 1 : w === 'signed' && a === 'i' ? this.signature(i) : -1;
      if (name < 0 || it[name]?.kind !== 'word' || it[name].sentence !== it[i].sentence) continue;
      const run = this.runAfter(name);
      if (!run || run[0] !== name) continue;
      if (stated && (!STATED_NAME_END.test(it[run[1] + 1]?.text ?? '') || isDemonym(it[name].text) || !this.looksLikePerson(run[0], run[1], false))) continue;
      if (called || stated) return this.runText(run[0], run[1]);
      given ??= this.runText(run[0], run[1]);
    }
    return given;
  }

  /** "I signed the book—Gilbert Mensah": the word after the dash or colon that ends what was signed, or -1. */
  private signature(signed: number): number {
    for (let k = signed + 1; k <= signed + SIGNED_REACH && this.items[k]?.sentence === this.items[signed].sentence; k++) {
      if (/^[—–:]$/.test(this.items[k].text)) return k + 1;
    }
    return -1;
  }

  /**
   * "his wife", "her mother": the person of the relative's gender sharing the owner's family name (Mr. and Mrs.
   * Bennet), a spouse being of the other gender than the owner.
   */
  relativeOf(owner: PersonRecord, gender: Gender | null, spouse: boolean, other: (p: PersonRecord) => boolean = () => false): PersonRecord | null {
    const surname = owner.core[owner.core.length - 1];
    // Only persons sharing the surname can qualify (no scan of everyone per relative).
    const fits = this.sharingAWord([surname]).filter((p) =>
      p !== owner && !other(p) && p.core[p.core.length - 1] === surname && (!gender || this.gender(p) === gender || (spouse && this.gender(p) === null)) &&
      (!spouse || this.gender(p) !== this.gender(owner)),
    );
    const known = fits.find((p) => !gender || this.gender(p) === gender);
    if (known || !spouse || fits.length < 2) return known ?? fits[0] ?? null;
    // A spouse whose gender the text has not shown ("Peder and Agnete Holmgren", then "her husband"): news names a
    // married couple husband first, as in "Mr and Mrs".
    const firstMentioned = (p: PersonRecord) => this.mentions.find((m) => m.person === p)?.item ?? Infinity;
    fits.sort((a, b) => firstMentioned(a) - firstMentioned(b));
    return gender === 'f' ? fits[fits.length - 1] : fits[0];
  }

  /**
   * "her mother", "the father": when no one shares the owner's surname, the last person before `item` whom the text
   * titles with the parent's gender (Mrs. Bennet, Mr. Morel), within a few dozen sentences.
   */
  titledBefore(item: number, gender: Gender): PersonRecord | null {
    const at = this.items[item];
    for (let k = this.mentionsBefore(at.start) - 1; k >= 0 && this.mentions[k].sentence >= at.sentence - 40; k--) {
      const p = this.mentions[k].person;
      if (p.honorificGender === gender) return p;
    }
    return null;
  }

  /** The person a pronoun or a role phrase at `item` refers to: the most salient compatible one before it. */
  antecedent(item: number, gender: Gender | null, role: string | null, exclude: PersonRecord | null = null, roleOnly = false): PersonRecord | null {
    const at = this.items[item];
    const end = this.mentionsBefore(at.start);
    if (role) {
      // A role the text gave someone names them however long ago it was given.
      for (let k = end - 1; k >= 0; k--) {
        const p = this.mentions[k].person;
        if (p !== exclude && p.roles.has(role)) return p;
      }
      // "the keeper" for the goalkeeper, "the fighter" for the firefighter: a compound role ending in the noun.
      const compound = this.withCompoundRole(end, role, exclude);
      if (compound) return compound;
      if (roleOnly) return null;
    }
    // The mentions of the last twelve sentences, read backwards from the pronoun, at most a few hundred of them (a text
    // with no sentence ends is one sentence).
    let from = end;
    while (from > 0 && from > end - MAX_LOOKBACK && this.mentions[from - 1].sentence >= at.sentence - 12) from--;
    const fits = (p: PersonRecord) => {
      if (isNarrator(p) || (gender && this.organisations.has(p))) return false;
      const g = this.gender(p);
      return !gender || !g || g === gender;
    };
    // A person the text has shown to have the pronoun's gender, in the last few sentences, wins over one of unknown
    // gender: the first such mention of the latest sentence that has one.
    if (gender) {
      let hit: PersonMention | null = null;
      const candidates = new Set<PersonRecord>();
      let k = end - 1;
      for (; k >= from && this.mentions[k].sentence >= at.sentence - 4; k--) {
        const m = this.mentions[k];
        if (m.person === exclude || isNarrator(m.person) || (this.gender(m.person) ?? this.openingPronounGender(m.item)) !== gender) continue;
        if (hit && m.sentence !== hit.sentence) break;
        // Whom a quotation addresses, or an owner or object pronoun ("until his voice came, … John Rolfe was
        // without"), is less the sentence's topic than a person it names or makes its subject.
        // So is an owner named in the possessive ("Marrack's colleague Brigid Oduya").
        // So is one named in a phrase opening the sentence ("Asked about Tom Walsh, Ed Rourke paused").
        if (hit && (m.addressed || OBLIQUE.has(this.items[m.item].lower) || this.inPossessive(m.item, POSSESSIVE_S) || this.inOpeningPhrase(m.item))) {
          // "her Ayah did not come": the owner of a relation of the same gender is still in the running for the topic.
          if (m.item === hit.item - 1) candidates.add(m.person);
          continue;
        }
        hit = m;
        candidates.add(m.person);
      }
      // Several of that gender in the latest sentence: the one the sentence before was about (its first of them) stays
      // the topic ("Mrs. Hall … As soon as Millie, her maid, had been brisked up, she carried the cloth"), unless the
      // latest one speaks ("Coach Amy Osei, who signed Byrne in June, said …", "His son said …": news goes on with them),
      // or is the subject of the pronoun's own sentence ("His father has not spoken since March, when he told …").
      const ownSubject = hit && hit.sentence === at.sentence && this.opensSentenceAsRelative(hit.item);
      if (hit && candidates.size > 1 && !this.speaks(hit.item) && !ownSubject) {
        let topic: PersonMention | null = null;
        for (; k >= from && this.mentions[k].sentence >= hit.sentence - 1; k--) {
          const m = this.mentions[k];
          if (m.sentence === hit.sentence - 1 && m.person !== exclude && this.gender(m.person) === gender && !isNarrator(m.person)) topic = m;
        }
        if (topic && candidates.has(topic.person)) return topic.person;
      }
      // "Marrack, 41, was told that her shift …": the subject of the pronoun's own sentence, or of the sentence just
      // before, whose gender the text has not shown, is a likelier antecedent than a person of that gender further back.
      const subject = hit ? this.ungenderedSubjectAfter(end, from, at.sentence, hit.sentence, exclude, gender) : null;
      if (subject) return subject;
      if (hit) return hit.person;
    }
    // Most recent sentence first, and within a sentence its first mention (the subject, as a rule). "Munro's
    // colleague, Fiona Baird, …": an owner named in the possessive is not the sentence's subject.
    let k = end - 1;
    while (k >= from) {
      const s = this.mentions[k].sentence;
      let first = k;
      while (first - 1 >= from && this.mentions[first - 1].sentence === s) first--;
      let fallback: PersonRecord | null = null;
      for (let j = first; j <= k; j++) {
        const m = this.mentions[j];
        if (m.person === exclude || !fits(m.person)) continue;
        if (!m.addressed && !this.inPossessive(m.item, POSSESSIVE)) return m.person;
        fallback ??= m.person;
      }
      if (fallback) return fallback;
      k = first - 1;
    }
    return null;
  }

  /** Whether the mention at item `at` is a kin noun after a his/her opening its sentence ("His father has …"). */
  private opensSentenceAsRelative(at: number): boolean {
    const owner = this.items[at - 1];
    return !!owner && /^(?:his|her)$/.test(owner.lower) && kinNounAfter(this.items, at - 1) === at && this.items[at - 2]?.sentence !== owner.sentence;
  }

  /**
   * Whether the mention at item `at` is a name in the possessive: its word, or the last word of the name it opens
   * ("Anna Kerr's lawyer, Ruth Lam,": the mention sits on "Anna", the possessive on "Kerr's").
   */
  private inPossessive(at: number, possessive: RegExp): boolean {
    const it = this.items[at];
    const last = it.capital ? (this.runAfter(at)?.[1] ?? at) : at;
    return possessive.test(it.text) || possessive.test(this.items[last].text);
  }

  /** Whether the mention at item `at` is the subject of a speech verb: "Osei said", "Amy Osei, who signed Byrne, said". */
  private speaks(at: number): boolean {
    const it = this.items;
    let k = (it[at].capital ? (this.runAfter(at)?.[1] ?? at) : at) + 1;
    if (it[k]?.text === ',') {
      let c = k + 1;
      while (c < k + 25 && it[c] && it[c].sentence === it[at].sentence && it[c].text !== ',') c++;
      if (it[c]?.text !== ',') return false;
      k = c + 1;
    }
    while (isWord(it[k]) && isVerbModifier(it[k].lower)) k++;
    return isWord(it[k]) && it[k].sentence === it[at].sentence && SPEECH_VERBS.has(it[k].lower);
  }

  /**
   * The gender of a he/she opening its sentence at item `at` ("Walsh rejected the claim. He said …"): read as someone
   * whose gender the table has not learned, it shows it.
   */
  private openingPronounGender(at: number): Gender | null {
    const it = this.items[at];
    const opens = !isWord(this.items[at - 1]) || this.items[at - 1].sentence !== it.sentence;
    return opens && /^(?:he|she)$/.test(it.lower) ? (pronounGender(it) ?? null) : null;
  }

  /**
   * Whether item `at` stands in a phrase that opens its sentence and ends at a comma, before the subject: "Asked about
   * Tom Walsh,", "Speaking after Ann Cole,", "Unlike his brother Max,".
   */
  inOpeningPhrase(at: number): boolean {
    const it = this.items;
    const start = sentenceStart(it, at, Math.max(0, at - 30));
    const opener = it[start];
    if (opener.kind !== 'word' || !(/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(opener.text) || OPENING_PREPOSITIONS.has(opener.lower))) return false;
    // "Under questioning from the family's solicitor, Hannah Greaves, he": a name set off after a noun of the phrase.
    const apposed = apposedName(it, start, at + 1, (k) => this.byItem.has(k));
    if (apposed === null || (apposed >= 0 && at > apposed)) return false;
    for (let k = at + 1; k < at + 12 && it[k] && it[k].sentence === it[at].sentence; k++) if (it[k].text === ',') return true;
    return false;
  }

  /** The last person before mention `end` whose role is one word ending in `role` ("goalkeeper" for "keeper"). */
  private withCompoundRole(end: number, role: string, exclude: PersonRecord | null): PersonRecord | null {
    if (role.length < 4 || role.includes(' ')) return null;
    for (let k = end - 1; k >= 0; k--) {
      const p = this.mentions[k].person;
      if (p === exclude) continue;
      for (const r of p.roles) if (r.length > role.length + 2 && r.endsWith(role) && !/[\s-]/.test(r)) return p;
    }
    return null;
  }

  /**
   * The subject (first mention, not an owner's or an addressee's) of sentence `sentence` or the one before it, when the
   * text has not shown its gender and it comes after sentence `after`. Mentions are read back from `end` to `from`.
   */
  private ungenderedSubjectAfter(end: number, from: number, sentence: number, after: number, exclude: PersonRecord | null, gender: Gender): PersonRecord | null {
    let k = end - 1;
    // A paragraph break counts as a sentence end of its own: the sentence before a paragraph's first is two back.
    for (let read = 0; read < 2 && k >= from && this.mentions[k].sentence >= sentence - 2 && this.mentions[k].sentence >= after; read++) {
      const s = this.mentions[k].sentence;
      let first = k;
      while (first - 1 >= from && this.mentions[first - 1].sentence === s) first--;
      // The sentence's subject: its first mention that is no owner ("Her husband said": the husband) nor addressee.
      let j = first;
      while (j < k && (this.mentions[j].addressed || this.inPossessive(this.mentions[j].item, POSSESSIVE) || /^(?:his|her)$/.test(this.items[this.mentions[j].item].lower))) j++;
      const m = this.mentions[j];
      const subject = !m.addressed && !this.inPossessive(m.item, POSSESSIVE) && !pronounGender(this.items[m.item]) ? m.person : null;
      // "her Ayah did not come. She …": one brought in as the relation of an owner of the pronoun's gender leaves that
      // owner the topic.
      const owner = this.items[m.item - 1];
      if (subject && owner && /^(?:his|her)$/.test(owner.lower) && pronounGender(owner) === gender) return null;
      if (subject && subject !== exclude && !isNarrator(subject) && !this.organisations.has(subject) && this.gender(subject) === null) return subject;
      k = first - 1;
    }
    return null;
  }

  toPeople(): Person[] {
    return this.persons
      .filter((p) => p.name.length > 0)
      .map((p) => ({ name: p.name, aliases: [...new Set([...p.aliases, p.core[p.core.length - 1]])].filter((a) => a !== p.name) }));
  }
}

/**
 * The item of the role noun of "<Role> of <Place>" ending right before the comma at `comma` ("Mayor of Westbury,"),
 * else `comma`; of one with other or more phrases of places ("the delegate from the Union at Leeds, a Mr. Jonas
 * Pilbeam,") only before a name set off as an apposition (`apposed`): "told the minister in Paris, Ruiz said" is none.
 */
function roleOfPlaceBefore(items: readonly Item[], comma: number, apposed: boolean): number {
  let k = comma - 1;
  for (let phrases = 0; phrases < PLACE_PHRASES; phrases++) {
    const end = k;
    while (k > 0 && isCapitalised(items[k]) && items[k].kind === 'word' && end - k < 3) k--;
    if (k === end) return comma;
    if (items[k]?.lower === 'the') k--;
    if (!ROLE_PLACE_TIES.test(items[k]?.lower ?? '') || items[k].sentence !== items[comma].sentence) return comma;
    if (items[k - 1] && isRoleNoun(items[k - 1].lower) && ((items[k].lower === 'of' && phrases === 0) || apposed)) return k - 1;
    k--;
  }
  return comma;
}

/** How many phrases of places a role may take before its name ("the delegate from the Union at Leeds, …"). */
const PLACE_PHRASES = 3;
/**
 * Prepositions that tie a role to its place or body: "Mayor of Westbury", "the delegate from the Union", "the vicar at
 * St. Anne's", and diplomacy's "ambassador to the United Nations", "envoy to Tessalia".
 */
const ROLE_PLACE_TIES = /^(?:of|from|at|for|in|to)$/;

/** Whether a clause's verb comes in the sentence after item `from` before any punctuation or relative word. */
function verbAfterModifiers(items: readonly Item[], from: number): boolean {
  for (let k = from; k < from + APPOSITION_TAIL && items[k]?.kind === 'word' && items[k].sentence === items[from].sentence; k++) {
    if (RELATIVE_WORDS.test(items[k].lower)) return false;
    if (CLAUSE_WORDS.test(items[k].lower) && items[k].lower !== 'to' && items[k].lower !== 'and' && items[k].lower !== 'since') return true;
  }
  return false;
}

/** The sex a person's gendered role nouns show ("the chairwoman"), leaving out posts held by either sex. */
function genderOfRoles(p: PersonRecord): Gender | null {
  for (const r of p.roles) if (roleGender(r) && !POSTS_OF_EITHER_SEX.has(r)) return roleGender(r);
  return null;
}
