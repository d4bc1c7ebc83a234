import { FUNCTION_WORDS, HONORIFIC_GENDER, type Gender } from './lexicon';
import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord, samePerson } from './names';
import type { Pause } from './pauses';

// Conversations: runs of paragraphs that hold quotations, one turn per paragraph. Novelists cue only some turns; the
// others follow from turn-taking (two people alternate), from whom a turn addresses by name (the vocative "Oh,
// Tommy!" is said to Tommy, so Tommy speaks next, and did not speak this turn), and from the narration just before.

export interface Turn {
  readonly paragraph: number;
  /** Names the turn's words address ("My dear Mr. Bennet, …"), as written. */
  readonly vocatives: readonly string[];
  /** The same, with the names of people the text does not otherwise know. */
  readonly rawVocatives: readonly string[];
  /** The person the narration just before the turn is about ("Tommy nodded." then the turn). */
  readonly lead: string | null;
  /** Everyone that narration names, most recent last: who may take part in a conversation it opens. */
  readonly present: readonly string[];
  /** The person the narration just before leaves waiting or listening (waiting.ts): not the speaker. */
  readonly waiting: string | null;
  /** The person the narration just before has stop or pause (pauses.ts): after their own turn, they go on. */
  readonly paused?: Pause | null;
  /** Whether the narration just before opens on a move in time ("Later", "That evening", sceneShifts.ts): a new scene. */
  readonly sceneShift?: boolean;
  /** The one whose words the narration just before reports ("Teddy says he's coming", reportedTurns.ts): whom the turn answers. */
  readonly reported?: string | null;
  /** Everyone the narration just before the turn names or refers to with he/she. */
  readonly referred: readonly string[];
  /** Whether the turn's last quotation asks a question. */
  readonly asks: boolean;
  /** Everyone the narration of the few paragraphs before the turn names: the scene a conversation opens in. */
  readonly scene: readonly string[];
  /** Set when the turn's speaker came from a he/she cue: the gender any other reading must have. */
  readonly pronoun: Gender | null;
  /** Set when that he/she has its antecedent named earlier in the turn's own paragraph: no conversation rereads it. */
  readonly anchored: boolean;
  /**
   * Set when the turn's speaker is a definite phrase the text never tied to a name ("his step-son", "the child"):
   * in a conversation of named people it is one of them, read like a he/she of the phrase's gender.
   */
  readonly phrase: boolean;
  /**
   * Set when that phrase is a relative of the one the turn's words address whom the text never named ("“…, Henrietta,”
   * said her sister"): none of the named people, it stays as written, its turn read as no one's while the others are.
   */
  readonly unnamedRelative?: boolean;
  /** Whether the paragraph opens with the quotation, as turns of a conversation do (news paragraphs open with narration). */
  readonly opensWithQuote: boolean;
  /**
   * Set when the paragraph opens with narration and its quotations stand without a speech clause ("Tommy nodded. "…"",
   * "The stripling frowned. "…""), as a turn of a conversation does; a news paragraph's clause ("Moss said: "…"") does not.
   */
  readonly ledByNarration: boolean;
  /**
   * Set when the paragraph opens with narration naming no one, after none naming anyone, and its quotation is a
   * sentence of its own ("Another long breath on the line. “You’re not gonna stop.”"): a turn like one opening with it.
   */
  readonly beat?: boolean;
  /** The people the turn's words speak of by name: not its speaker. */
  readonly spokenOf: readonly string[];
  /** Whether the turn is no more than a short cry (isCry): a reaction to someone's news. */
  readonly cry?: boolean;
  /** The person the turn's words close on calling by name alone ("…shorten sail. Mr. Ashcombe."): who answers, before any it called earlier. */
  readonly callsLast?: string | null;
  /** The person the narration before the turn has its speaker look at or turn to ("He looked up at Hobb."): who answers. */
  readonly faces?: string | null;
  /** The gender of a bare word the turn's words end by calling its hearer ("…, madam?", "Yes, sir."): the answerer's. */
  readonly callsGender?: Gender | null;
  /** Whether the turn's words speak to someone there: they ask a question, or say "you". */
  readonly toHearer?: boolean;
  /** Whether the narration just before the turn reports the narrator's words ("I protested that …"): whom it answers. */
  readonly answersNarrator?: boolean;
  /** Whether the turn calls someone by a kin word for the narrator's relative ("…, aunt." of "my aunt"): the narrator's. */
  readonly callsNarratorsKin?: boolean;
  /** Names the turn's words tell their hearer are theirs ("And you’re Rosalind."). */
  readonly hearerNames?: readonly string[];
  /** Whether the narration says the turn's words were for "me" ("he says to me", "turned to me"): the narrator's to hear. */
  readonly toNarrator?: boolean;
  /** The one person the turn's speech clause puts its question to ("“…?” she whispered to the nurse"): who answers. */
  readonly addressee?: string | null;
  /** The one person the turn's speech clause says its words are for ("“…,” he said to Oak"): never its speaker. */
  readonly saidTo?: string | null;
  /** The name words the turn quotes another as saying to its speaker call (quotedWithin.ts): the speaker's own. */
  readonly calledInQuoted?: string | null;
  /** The speaker of the paragraph's last words when a clause or the narration gives them to someone other than `speaker`. */
  readonly closing?: string;
  speaker: string | null;
}

const TITLE_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madam|Madame|Aunt|Uncle|Captain|Master|Mistress|Father|Mother|Sister|Brother|Cousin|Colonel|Professor|Doctor)\.?\s+)`;
const TITLE = `${TITLE_WORD}?`;
/** A titled surname alone: "Mr. Quill". */
const TITLED = new RegExp(String.raw`^${TITLE_WORD}\p{Lu}[\p{L}’'-]+$`, 'u');
export const NAME = String.raw`${TITLE}\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?`;
const OPENER = String.raw`(?:(?:oh|o|ah|well|now|yes|no|why|come|look|see|hey|there|thank you|thanks|good[- ]?(?:night|morning|afternoon|evening|day|bye)|hello|please|my dear|dear|my|you)[,!]?\s+)*`;
const VOCATIVE_FIRST = new RegExp(String.raw`^${OPENER}(${NAME})\s*(?:[,!?.;:—–]|-(?!\p{L}))`, 'iu');
const VOCATIVE_INSIDE = new RegExp(String.raw`[,;]\s+(?:(?:my|my dear|dear|old|poor)\s+)?(${NAME})\s*(?=[,!?.;:—–-]|$)`, 'gu');
/** A name opening a later sentence of the words before a comma: "Then we go upstream. Shaw, how far is it?" */
const NAME_OPENING_SENTENCE = new RegExp(String.raw`[.!?]\s+(${NAME}),\s+(?!who\b|whose\b|which\b)`, 'gu');
/** A name exclaimed or asked as the quotation's last sentence: "…with white! Tom!" */
const VOCATIVE_LAST = new RegExp(String.raw`[!?.]\s+(${NAME})\s*[!?]+\W*$`, 'u');

/** "Hush, Daniel.", "Aye, I ken.", "Indeed, Mrs. Hale, …": words a speaker opens on that are no one's name. */
const INTERJECTIONS: ReadonlySet<string> = new Set(
  ('indeed aye ay nay yea hush alas hark hullo hallo halloa ahoy hurrah huzzah bravo amen pooh pshaw bah tut ' +
    'yeah yep nope okay right sure certainly exactly quite really nonsense rubbish listen wait stop hey ha ho hmm ' +
    'eh gosh golly blimey crikey damn').split(' '),
);

/** How many turns back the other party of a conversation is sought, so a long conversation costs no quadratic scan. */
const TURNS_BACK = 16;

/** How many paragraphs of narration a conversation may pause for and resume between the same people. */
const RESUME_GAP = 4;

const CONTRACTION = /['’](?:t|ll|re|ve|m|d)$/u;

const NO_NAMES: ReadonlySet<string> = new Set();
/** A bare noun for the hearer right after the opening word: "Whisht, woman,", "Steady, lad.". */
const BARE_CALL_AFTER = /^\s*,\s+(?:my\s+)?(?:woman|man|lad|lass|boy|girl|child|bairn)\b/iu;
const NO_PARAGRAPHS: ReadonlySet<number> = new Set();
/** A hedge after a name, closing the words as a question: "Mr. Aske, perhaps?" guesses at someone, calling no one. */
const GUESS_AFTER = /^\s*,\s+(?:perhaps|maybe|possibly|presumably|I\s+suppose|I\s+expect|no\s+doubt)\s*\?\W*$/iu;

/** Names the words of a quotation address, as written: "Tuppence, old bean!", "Good night, Sir John", "…, Durbeyfield." */
export function vocativesIn(words: string, speakers: ReadonlySet<string> = NO_NAMES): string[] {
  const { found, opening } = vocativeMatches(words);
  // An exclamation ("Good God,"), a pronoun or a bare title is not anyone's name.
  return found.filter((n) => {
    const words = n.split(/\s+/).map(normalizeWord);
    // "Scarcely, …", "…, Naturally I …": an adverb or a pronoun is no part of a name.
    if (words.some((w) => (w.endsWith('ly') && !GIVEN_NAME_GENDER.has(w)) || w === 'i')) return false;
    // "Shut up, Good!": a common word a speech clause has named someone by ("said Good") is their name, after the
    // opening, where "Good, …" is more often an interjection.
    if (n !== opening && speakers.has(n)) return true;
    return !words.every((w) => FUNCTION_WORDS.has(w) || HONORIFIC_GENDER.has(w) || INTERJECTIONS.has(w) || /^(god|heaven|heavens|lord|christ|jesus|gracious|goodness)$/.test(w));
  });
}

/** Regex matches by quotation: many steps ask vocativesIn of the same words, and the matching is its cost. */
const vocativeMatchesByWords = new Map<string, { readonly found: readonly string[]; readonly opening: string | null }>();

function vocativeMatches(words: string): { readonly found: readonly string[]; readonly opening: string | null } {
  let matches = vocativeMatchesByWords.get(words);
  if (matches) return matches;
  if (vocativeMatchesByWords.size > 10000) vocativeMatchesByWords.clear();
  const found: string[] = [];
  const trimmed = words.trim();
  const first = VOCATIVE_FIRST.exec(trimmed);
  // The opener is matched without regard to case, so the name's capitals are checked here ("Don’t you, …" is none).
  // A lone capitalised word that is the whole quotation ("Quick!") is as likely a command as a name.
  // A titled surname ("Mr. Quill.") is one however alone.
  const alone = first && first[0].length === first[1].length + 1 && first[0].length >= trimmed.length && !TITLED.test(first[1]);
  // A word before a bare "woman" or "lad" is a cry or a command to them ("Whisht, woman,"), unless a given name.
  const after = first ? trimmed.slice(first[0].length - 1) : '';
  const cry = first && BARE_CALL_AFTER.test(after) && !GIVEN_NAME_GENDER.has(normalizeWord(first[1]));
  const guess = first && GUESS_AFTER.test(after);
  const opening = first && !alone && !cry && !guess && first[1].split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && !CONTRACTION.test(w)) ? first[1] : null;
  if (opening) found.push(opening);
  for (const m of words.matchAll(VOCATIVE_INSIDE)) if (!found.includes(m[1])) found.push(m[1]);
  const last = VOCATIVE_LAST.exec(trimmed);
  if (last && !found.includes(last[1])) found.push(last[1]);
  matches = { found, opening };
  vocativeMatchesByWords.set(words, matches);
  return matches;
}

/**
 * A quotation inside the words, opened after a space, a dash or a colon and closed before no letter ("He said,
 * ‘Evening, Ingrid.’"): words the speaker reports, spoken to someone else; no one they call is the speaker's hearer.
 */
const NESTED = /(^|[\s:—–(])[‘“"][^‘’“”"]*[’”"](?!\p{L})/gu;

/** The words a speaker says in their own voice: the quotation less the quotations inside it. */
export function ownWords(words: string): string {
  return words.includes('‘') || words.includes('“') || words.includes('"') ? words.replace(NESTED, '$1') : words;
}

/** A name that is the whole quotation: "Briggs?", "Amory." */
const NAME_ALONE = new RegExp(String.raw`^\W*(${NAME})\s*[?!.]+\W*$`, 'u');

/**
 * The name a turn that says only it calls ("“Barnaby.”", "Briggs?"); not a question about someone ("Who’s Marjorie?") nor
 * a name in the possessive ("Marjorie’s."), which speak of the one named.
 */
export function nameCalledAlone(words: string): string | null {
  const name = NAME_ALONE.exec(words)?.[1];
  return name && !name.split(/\s+/).some((w) => /['’]s$/u.test(w) || FUNCTION_WORDS.has(normalizeWord(w))) ? name : null;
}

/**
 * Capitalised words a quotation may turn to someone with: opening a later sentence before a comma ("…upstream. Shaw,
 * how far …?"), or all it says ("Briggs?"), unless it `answers` a question ("What is his name?" "Bingley."). Whom it
 * calls when they name someone the text knows ("Nonsense, Mr. Bennet", "Stop, though" and "Quick!" call no one).
 */
export function namesTurnedTo(words: string, answers: boolean): string[] {
  const alone = answers ? undefined : (nameCalledAlone(words) ?? undefined);
  return [...(alone ? [alone] : []), ...[...words.matchAll(NAME_OPENING_SENTENCE)].map((m) => m[1])];
}

/** A name alone closing the words, as a sentence of its own: "…to the topsails. Mr. Ashcombe." (not "…to Mr. Bingley."). */
// The look-behind follows the mark, so the search runs from mark to mark rather than testing it at every character.
const NAME_CLOSING = new RegExp(String.raw`[.!?](?<!\b(?:Mr|Mrs|Ms|Dr|St)[.!?])\s+(${NAME})\s*[.!?]\W*$`, 'u');

/** The name words close on alone, after speaking to others ("Mr. Roope, we will shorten sail. Mr. Ashcombe."): whom they turn to last. */
export function nameClosing(words: string): string | null {
  return NAME_CLOSING.exec(words.trim())?.[1] ?? null;
}

/**
 * "“It goes to Mr. Augustus.”" "“Mr. Augustus!”": words that are only a name the words before spoke of, not to, echo
 * them and call no one; whether `vocative` (as vocativesIn read it, "Augustus" too) is that name.
 */
export function echoesName(words: string, before: readonly string[], vocative: string): boolean {
  const name = words.replace(/[\s.!?]+$/u, '').trim();
  return (name === vocative || name.endsWith(` ${vocative}`)) && before.some((b) => namesSpokenOf(b).includes(name) && !vocativesIn(b).includes(name));
}

/** A bare word for the hearer ending the words, and the gender it gives them: "Yes, sir.", "…, madam?". */
const GENDERED_CALL = /[,;]\s+(?:my\s+)?(sir|madam|ma['’]am|miss)\s*[.!?]+\W*$/iu;

/** The gender of the hearer the words end by calling with a bare "sir", "madam", "ma'am" or "miss". */
export function calledGender(words: string): Gender | null {
  const word = GENDERED_CALL.exec(words.trim())?.[1].toLowerCase();
  return word ? (word === 'sir' ? 'm' : 'f') : null;
}

/** "Impossible!", "Good heavens!": a quotation that is no more than a short cry, a reaction to someone's news. */
export function isCry(words: string): boolean {
  const trimmed = words.trim();
  return /^[^.?,;:]{1,30}!+\W*$/u.test(trimmed) && trimmed.split(/\s+/).length <= 3;
}

// Every name opens on a capital (a title's too): the look-ahead lets the search skip to capitals.
const NAME_RUN = new RegExp(String.raw`(?=\p{Lu})(?:${NAME})`, 'gu');
/** "I am Mary Lennox", "my name is Pip": a name the speaker gives as their own. */
const OWN_NAME = /(?:\bI am|\bI['’]m|\bname is|\bname['’]s|\bcall me)\s+$/iu;

/** Names the words of a quotation speak of, not to ("you and Florence are dear to me"), leaving out a name given as the speaker's own. */
export function namesSpokenOf(words: string): string[] {
  const found = new Set<string>();
  for (const m of words.matchAll(NAME_RUN)) if (!OWN_NAME.test(words.slice(Math.max(0, m.index - 12), m.index))) found.add(m[0]);
  return [...found];
}

/** How the turns of a text hang together, as the candidates for a turn's speaker read them. */
interface Conversation {
  readonly turns: readonly Turn[];
  /** Whether turn `b` continues the conversation of turn `a` (a < b), so one's speaker bears on the other's. */
  linked(a: number, b: number): boolean;
  /** Whether turn `b` opens right after turn `a` (a < b) and so answers whoever spoke last in it, as in alternation. */
  answers(a: number, b: number): boolean;
  /**
   * The speaker of turn `i` when it and turn `from` are linked (by `link`, `linked` unless given): seen from a later
   * turn, whoever spoke last in it.
   */
  speakerAt(i: number, from: number, near?: (a: number, b: number) => boolean): string | null;
  same(a: string, b: string): boolean;
  genderOf(name: string): Gender | null;
  /** Whether the text itself gave turn `i` its speaker (a clause, the narration), not the conversation. */
  given(i: number): boolean;
  readonly narrator: string | null;
  /** Whether the text cues its turns as news does (continuations.ts), rather than leaving many to the alternation. */
  readonly cuesTurns: boolean;
}

/**
 * Gives turns without a speaker the one the conversation implies, repeating so that each guess can support the next.
 * Turns within two paragraphs of each other belong to the same conversation.
 */
export function takeTurns(
  turns: readonly Turn[], genderOf: (name: string) => Gender | null, narrator: string | null = null, isKnown: (name: string) => boolean = () => false,
  cuesTurns = true,
  narratedGender: (phrase: string) => Gender | null = () => null,
  narratorSeen: ReadonlySet<number> = NO_PARAGRAPHS,
): void {
  // A turn whose own narration names its speaker ("Lord Henry elevated his eyebrows. "…"") answers the turn before, as
  // one opening with its quotation does.
  // So does a beat naming no one ("Another long breath on the line. “You’re not gonna stop.”").
  const namedByNarration = turns.map((t) => t.ledByNarration && (t.speaker !== null || !!t.beat));
  const near = (a: number, b: number) => a >= 0 && b < turns.length && turns[b].paragraph - turns[a].paragraph <= 2 && (turns[b].opensWithQuote || namedByNarration[b]);
  // A turn that opens with narration and no speech clause leads into the turn after it ("Lord Henry elevated his
  // eyebrows. "…"" then "he replied"); one with a clause ("Moss said: "…"") is news-like, and only the alternation
  // of speakers and the names they address reach across it.
  const linked = (a: number, b: number) => near(a, b) && (turns[a].opensWithQuote || turns[a].ledByNarration);
  const given = turns.map((t) => t.speaker !== null && !t.pronoun && !t.phrase);
  const c: Conversation = {
    turns,
    given: (i) => !!given[i],
    linked,
    answers: near,
    speakerAt: (i, from, link = linked) => (link(Math.min(i, from), Math.max(i, from)) ? (i < from ? turns[i].closing : undefined) ?? turns[i].speaker : null),
    // Mr. Woodhouse and Emma Woodhouse share a surname, not a turn: names of known different genders are two people,
    // and so are two the people table holds apart (Miss Pinkerton and her sister Jemima Pinkerton).
    cuesTurns,
    narrator,
    genderOf,
    same: (a, b) => a === b || (samePerson(a, b) && !(genderOf(a) && genderOf(b) && genderOf(a) !== genderOf(b)) && !(isKnown(a) && isKnown(b))),
  };
  const same = c.same;
  // "he said" in a conversation means whichever man's turn it is, which is not always the last man named.
  // A relative ("his step-son") the turns around it cannot settle yet is left to the conversation, with its gender.
  const phrases = new Map<Turn, { own: string; gender: Gender | null }>();
  const unnamed = new Map<Turn, string>();
  for (const [i, turn] of turns.entries()) {
    if (!(turn.pronoun || turn.phrase) || !turn.speaker || turn.anchored) continue;
    const own = turn.speaker;
    const gender = turn.pronoun ?? genderOf(own);
    turn.speaker = null;
    if (turn.unnamedRelative) {
      unnamed.set(turn, own);
      continue;
    }
    const guess = candidates(c, i, false).next().value ?? (turn.pronoun ? addressedJustBefore(turns, i, turn.pronoun, genderOf, same) : undefined);
    // A genderless role phrase ("the leader", "the nurse") may be any named person the conversation implies, a
    // gendered one only someone named known to have its gender (another description, "a man" for "the man", is the
    // same unnamed person written otherwise: the phrase stays as written); neither is ever the first-person narrator.
    // Nor one of the other sex than the narration's pronouns give the phrase ("The rider …, walking his horse").
    const otherSex = (name: string) => !!genderOf(name) && (narratedGender(own) ?? genderOf(name)) !== genderOf(name);
    const fits = guess && guess !== narrator && (turn.pronoun ? (genderOf(guess) ?? gender) === gender : gender === null ? /^\p{Lu}/u.test(guess) && !answersDescribed(c, i, guess) && !otherSex(guess) : genderOf(guess) === gender && (/^\p{Lu}/u.test(guess) || guess === own)) &&
      !turn.vocatives.some((v) => same(v, guess)) && !(turn.saidTo && same(turn.saidTo, guess));
    if (fits) turn.speaker = guess;
    // Only a relative ("his step-son", "her mother") is surely one of the people talking; "the man" may be new.
    else if (!turn.pronoun && gender && /^(his|her|their|my|our|your)\s/i.test(own)) phrases.set(turn, { own, gender });
    else turn.speaker = own;
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const [i, turn] of turns.entries()) {
      if (turn.speaker || unnamed.has(turn)) continue;
      const gender = turn.pronoun ?? phrases.get(turn)?.gender;
      // "Waiting for the Exeter train, madam?" is answered by a woman, right after it, with no narration between.
      const called = c.answers(i - 1, i) && turn.paragraph - turns[i - 1].paragraph === 1 && !turn.lead ? turns[i - 1].callsGender : null;
      const fits = (name: string) =>
        (!gender || (phrases.has(turn) ? genderOf(name) : (genderOf(name) ?? gender)) === gender) && !(called && (genderOf(name) ?? called) !== called) &&
        !((turn.pronoun || turn.answersNarrator) && name === narrator) && !(turn.waiting && same(name, turn.waiting)) && ![...turn.vocatives, ...turn.rawVocatives, ...turn.spokenOf].some((v) => same(v, name));
      let guess: string | null = null;
      for (const candidate of candidates(c, i, true)) {
        if (!fits(candidate)) continue;
        guess = candidate;
        break;
      }
      guess ??= narratorOpposite(c, i, narrator, narratorSeen);
      if (guess && fits(guess)) {
        turn.speaker = guess;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const [turn, { own }] of phrases) turn.speaker ??= own;
  for (const [turn, own] of unnamed) turn.speaker = own;
}

/**
 * "“…,” he grumbled (the man)." then "“How much?” the saloon-keeper demanded.": a role phrase answering the turn of
 * someone the text only describes is another unnamed party, not a named person the narration brought up before; it
 * is `guess` only when the turns next to it call them by name.
 */
function answersDescribed(c: Conversation, i: number, guess: string): boolean {
  const prev = c.speakerAt(i - 1, i);
  const called = [c.turns[i - 1], c.turns[i + 1]].some((t) => t?.vocatives.some((v) => c.same(v, guess)));
  return !!prev && /^\p{Ll}/u.test(prev) && !called;
}

/**
 * "“Feel pretty sick, Thea?” he asked." then "She looked at him. “I thought you were here,” she spoke.": a he/she turn
 * that opens with narration, right after a turn of someone of the other gender that called a person by a name that
 * may be of its own, is that person's answer.
 */
function addressedJustBefore(turns: readonly Turn[], i: number, gender: Gender, genderOf: (name: string) => Gender | null, same: (a: string, b: string) => boolean): string | undefined {
  const before = turns[i - 1];
  if (!before || turns[i].opensWithQuote || turns[i].paragraph - before.paragraph !== 1 || !before.speaker) return undefined;
  // Only when the pronoun cannot be the caller's own, going on.
  const callerGender = genderOf(before.speaker);
  if (!callerGender || callerGender === gender) return undefined;
  const called = [...before.vocatives, ...before.rawVocatives].find((v) => !same(v, before.speaker!));
  return called && (genderOf(called) ?? gender) === gender ? called : undefined;
}

/** Who may speak turn `i`, the likeliest first: a reading the turn rules out (it addresses them) gives way to the next. */
function* candidates(c: Conversation, i: number, useLead: boolean): Generator<string> {
  const { turns, same } = c;
  const turn = turns[i];
  const next = c.speakerAt(i + 1, i);
  const prev = c.speakerAt(i - 1, i);
  // Alternation and the names turns address also reach across a paragraph that mixes narration and speech ("Lucy
  // blushed. "You must have it," said Miss Bartlett." "No, you must.").
  const last = c.speakerAt(i - 1, i, c.answers);
  const after = c.speakerAt(i + 1, i, c.answers);
  // The narration before a turn names its speaker, unless that is who speaks next, answering this turn by name
  // ("He held his breath." "You naughty boy!" "Hulloa, Emma!" he said).
  const answeredBy = c.answers(i, i + 1) ? turns[i + 1].vocatives.find((v) => !after || !same(v, after)) : undefined;
  // "“Farrant, …” ¶ I protested that I heard nothing whatever. ¶ “…”": the narrator answered in the narration, and the
  // one they answered speaks again.
  if (turn.answersNarrator && last && c.narrator && !same(last, c.narrator)) yield last;
  // "“… He wants a signature.” Teddy says he's coming." "“He says the invoice is wrong again.”": in a text that leaves
  // turns uncued, the one the narration reports answered is answered by whoever spoke before the report.
  if (useLead && !c.cuesTurns && turn.reported && same(turn.reported, turn.lead ?? '') && last && !same(last, turn.reported)) yield last;
  if (turn.callsNarratorsKin && c.narrator) yield c.narrator;
  // "Lord Henry laughed." "Yes, I knew you would." "Upon my word, Basil, …": a reaction in the narration, answered by
  // name by an uncued turn, leads into the words of the one that turn answers.
  if (useLead && answeredBy && !after && turn.lead && !same(answeredBy, turn.lead)) yield answeredBy;
  // "Coyle did not go. …, and Danvers waited.": the one who spoke last, unless it was the one waiting.
  if (useLead && turn.waiting && last && !same(last, turn.waiting)) yield last;
  // "He stopped to refill his pipe." or "He stopped again. The doctor leaned forward.": the one who spoke last broke
  // off, and goes on.
  if (useLead && turn.paused && last && ('name' in turn.paused ? same(last, turn.paused.name) : c.genderOf(last) === turn.paused.pronoun)) yield last;
  // Whom the previous turn addressed answers it, also across a chorus between ("Edith is asleep, Aunt Shaw." All the
  // ladies said 'Poor child!' "Hush, Tiny! …"); the one its words close on calling ("Mr. Roope, we will shorten sail.
  // Mr. Ashcombe." "Sir?") before any it called earlier.
  const chorus = !!last && isGroup(last) && c.answers(i - 2, i);
  const addressedTurn = chorus ? turns[i - 2] : turns[i - 1];
  const callsLast = addressedTurn?.callsLast && !(last && same(addressedTurn.callsLast, last)) ? addressedTurn.callsLast : undefined;
  const addressed = c.answers(i - 1, i) ? callsLast ?? addressedTurn.vocatives.find((v) => !last || !same(v, last)) : undefined;
  // Right after that turn's paragraph, before whomever narration closing it is about: "“Are you cold, Ada?” Tom
  // poked the fire." ¶ "“…”" is Ada's answer; Tom's beat belongs to his own turn, and a paragraph is one speaker's.
  const rightAfter = !!addressed && turn.paragraph - turns[i - 1].paragraph === 1;
  if (rightAfter) yield addressed;
  // "“…would you be standing in this garden?”" "He was silent, and she saw that she had struck him." "“You think I
  // came for your fortune.”": narration after a question that is about its asker and the other party too leads into
  // the answer, not into the asker's words.
  const asker = c.answers(i - 1, i) && turns[i - 1].asks ? last : null;
  const answered = !!asker && !!turn.lead && same(turn.lead, asker) && turn.referred.some((p) => !same(p, asker));
  if (turn.lead && useLead && !answered && !(answeredBy && after && same(turn.lead, after))) {
    yield turn.lead;
    // "Jo sat up and whistled." "Don't, Jo!": said to the one the narration was about, by whoever spoke before.
    if (prev && !same(prev, turn.lead) && turn.vocatives.some((v) => same(v, turn.lead!))) yield prev;
  }
  if (addressed && !rightAfter) yield addressed;
  // So does the one its speech clause says its question was put to ("“Was it a girl or a boy?” she whispered to the nurse."),
  // and, in a text that leaves turns uncued, the one it says its words were for, by an uncued turn right after it
  // ("“Your sister looks lovely,” she said to me." "“Thank you.”"); news runs a speaker's words told to someone on.
  const toldJustBefore = useLead && !c.cuesTurns && turn.paragraph - turns[i - 1]?.paragraph === 1;
  const spokenTo = c.answers(i - 1, i) ? turns[i - 1].addressee ?? (toldJustBefore ? turns[i - 1].saidTo : null) : null;
  if (spokenTo && (!last || !same(spokenTo, last))) yield spokenTo;
  // So does the one the narration before it had its speaker look at or turn to ("He looked up at Hobb. “…”").
  const faced = c.answers(i - 1, i) ? turns[i - 1].faces : null;
  if (faced && (!last || !same(faced, last))) yield faced;
  // The next turn names whom it answers: this turn's speaker, before the alternation of the turns around it (in a
  // conversation of three, the one who spoke two turns back is as likely to be silent now).
  // Not one the text gave the turn right before, with no narration between: "“You keep saying that,” Eli muttered."
  // "“Because it's true, son.”" "“He's got you there, Eli.”" calls Eli about his turn, not about a second one.
  const justSpoke = c.given(i - 1) && turns[i].paragraph - turns[i - 1].paragraph === 1 && !turn.lead ? prev : null;
  // Across narration about the one it calls, the next turn turns to them anew ("…" ¶ Mr. Sallow took off his
  // spectacles. ¶ "…in that window, Sallow, …"): that call comes after the alternation.
  const answeredAcross = !!answeredBy && turns[i + 1].paragraph - turn.paragraph > 1 && turns[i + 1].present.some((p) => same(p, answeredBy));
  if (answeredBy && !answeredAcross && !(justSpoke && same(answeredBy, justSpoke))) yield answeredBy;
  // Before the one who spoke last, whoever spoke first in their paragraph ("“…,” he said to Oak. “…,” said Gabriel."),
  // unless that was a chorus.
  const opener = turns[i - 1]?.closing ? turns[i - 1].speaker : null;
  const before = !last ? null : opener && !isGroup(opener) ? opener : c.speakerAt(i - 2, i - 1, c.answers);
  // "It has been taken!" "Impossible!" cried my mother. "Preposterous!" shrieked Fergus. "By a single lady!": after two
  // others' cries at it, the one whose news they cried at goes on.
  const teller = last && before && !same(last, before) && turns[i - 1].cry && turns[i - 2].cry ? c.speakerAt(i - 3, i - 2, c.answers) : null;
  if (teller && !same(teller, last!) && !same(teller, before!)) yield teller;
  // Not one the narration between their turn and the last leaves out, when it names who is there; one who spoke in
  // the last turn's own paragraph, before its closing speaker, was there.
  // A question put right after the narration is put to the one who spoke before it ("“Dad called.”" "Nora put her bag
  // down. Their mother lay …" "“What did you tell him?”"), whoever the narration names, unless it opens a new scene.
  const leftOut = !!before && useLead && !(turns[i - 1].asks && !turns[i - 1].sceneShift) && turns[i - 1].present.length > 0 &&
    !turns[i - 1].present.some((p) => same(p, before)) && !(turns[i - 1].closing && turns[i - 1].speaker && same(turns[i - 1].speaker!, before));
  if (last && before && !same(last, before) && !leftOut) yield before;
  if (answeredBy && answeredAcross && !(justSpoke && same(answeredBy, justSpoke))) yield answeredBy;
  const next2 = after ? c.speakerAt(i + 2, i + 1, c.answers) : null;
  if (after && next2 && !same(after, next2)) yield next2;
  // Between two turns of one person, the other party of the conversation: the latest other speaker, then the others
  // who spoke or were there as it went on.
  // In a text that leaves many turns uncued, one right after a paragraph its clause gives to someone ("At last she
  // said, “…”" then "“Lanterns do.”") answers them, as in alternation; news runs such a speaker's words on instead.
  const known = prev ?? next ?? (c.cuesTurns ? null : last);
  if (known) {
    let k = i - 1;
    for (; k >= 0 && k > i - TURNS_BACK && c.linked(k, k + 1); k--) {
      // "Margo and I sat on the step and tried to think." "“We could glue it.”" "“With what?”": those the narration
      // between two turns names come before anyone who spoke before it.
      if (useLead && k + 1 < i) for (const p of [...turns[k + 1].present].reverse()) if (!same(p, known)) yield p;
      const s = turns[k].speaker;
      if (s && !same(s, known)) yield s;
    }
    // Those the narration before each turn of it names, the latest first.
    for (let j = i - 1; j > k; j--) for (const p of [...turns[j].present].reverse()) if (!same(p, known)) yield p;
    // An uncued turn of a conversation resumed after a short stretch of narration is between the same named people.
    for (let j = k; useLead && j >= 0 && j > i - TURNS_BACK && turns[j + 1].paragraph - turns[j].paragraph <= RESUME_GAP; j--) {
      const s = turns[j].speaker;
      if (s && /^\p{Lu}/u.test(s) && !same(s, known)) yield s;
    }
    // Last, whoever the scene the conversation opened in brought up ("Hugh Danvers had been in the cellar two days."
    // "Sergeant Coyle came down the steps." "‘Rations, sir.’" "‘What are they?’").
    for (let j = i - 1; useLead && j > k; j--) for (const p of [...turns[j].scene].reverse()) if (!same(p, known)) yield p;
  }
  // "“It’s going to hold,” Moth says." "“You can’t tell …”" "“I can.”": after a turn no one was found for, right after
  // another's, the two alternate all the same: the turn is whoever spoke the one before it.
  const skipped = useLead && !c.cuesTurns && !last && c.answers(i - 1, i) && c.answers(i - 2, i - 1) && !turns[i - 1].speaker ? c.speakerAt(i - 2, i - 1, c.answers) : null;
  if (skipped) yield skipped;
}

/**
 * In a first-person story, the one talking with the narrator: a turn next to someone else's, in a stretch where the
 * narrator has spoken within the last few turns, or whose narration says I, me or my, is the narrator's.
 */
function narratorOpposite(c: Conversation, i: number, narrator: string | null, narratorSeen: ReadonlySet<number>): string | null {
  const { turns } = c;
  if (!narrator) return null;
  // "“Now lookee here,” he said, … “You know what a file is?”" “Yes, sir.”: a he/she turn is someone other than the
  // narrator even when no one was found for its pronoun.
  const heOrShe = (k: number) => !!turns[k]?.pronoun && !turns[k].speaker && c.linked(Math.min(i, k), Math.max(i, k));
  const other = c.speakerAt(i - 1, i, c.answers) ?? c.speakerAt(i + 1, i, c.answers) ?? (heOrShe(i - 1) || heOrShe(i + 1) ? '' : null);
  // "I stood there and looked at it." "“That a good thing or a bad thing, hon?”" "“I don’t know yet.”": words put to
  // someone right after the narrator's own narration are put to the narrator, who answers them, whoever asked.
  const before = turns[i - 1];
  const putToNarrator = other === null && !!before?.toHearer && !before.answersNarrator && c.answers(i - 1, i) && before.opensWithQuote &&
    narratorSeen.has(before.paragraph - 1) && turns[i - 2]?.paragraph !== before.paragraph - 1;
  if (putToNarrator) return narrator;
  if (other === null || other === narrator) return null;
  const [from, to] = [Math.max(0, i - 8), Math.min(turns.length - 1, i + 8)];
  for (let k = from; k <= to; k++) if (turns[k].speaker === narrator) return narrator;
  // A narrator who never says "I said" nearby is seen only in an exchange: words beside the turn speak to someone
  // ("You gonna eat those?"), or the turn does right after narration of the narrator's ("I wait for the rest of it."
  // then "“The landlord?”"), where a writer's "she told me" and the quotations after it are hers alone.
  const afterOwnNarration = narratorSeen.has(turns[i].paragraph - 1) && turns[i - 1]?.paragraph !== turns[i].paragraph - 1;
  const spokenTo = (turns[i].toHearer && afterOwnNarration) || [i - 1, i + 1].some((k) => turns[k]?.toHearer && c.answers(Math.min(i, k), Math.max(i, k)));
  if (!spokenTo) return null;
  for (let p = turns[from].paragraph - 1; p <= turns[to].paragraph; p++) if (narratorSeen.has(p)) return narrator;
  return null;
}

/** A group credited as one speaker ("the ladies", "all the men"): a chorus, not a party to the exchange. */
function isGroup(speaker: string): boolean {
  const head = speaker.split(/\s+/).pop()!.toLowerCase();
  return /^\p{Ll}/u.test(speaker) && /(?:[^s]s|men|people|folk)$/.test(head);
}
