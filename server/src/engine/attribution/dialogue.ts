import { FUNCTION_WORDS, HONORIFIC_GENDER, type Gender } from './lexicon';
import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord, samePerson } from './names';
import type { PersonRecord } from './people';

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
  /** Set when the turn's speaker came from a he/she cue: the gender any other reading must have. */
  readonly pronoun: Gender | null;
  /** Set when that he/she has its antecedent named earlier in the turn's own paragraph: no conversation rereads it. */
  readonly anchored: boolean;
  /**
   * Set when the turn's speaker is a definite phrase the text never tied to a name ("his step-son", "the child"):
   * in a conversation of named people it is one of them, read like a he/she of the phrase's gender.
   */
  readonly phrase: boolean;
  /** Whether the paragraph opens with the quotation, as turns of a conversation do (news paragraphs open with narration). */
  readonly opensWithQuote: boolean;
  /** Set when narration before the quotation, not a speech clause, names the turn's speaker ("Tommy nodded. "…""). */
  readonly namedByNarration: boolean;
  speaker: string | null;
}

const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madam|Madame|Aunt|Uncle|Captain|Master|Mistress|Father|Mother|Sister|Brother|Cousin|Colonel|Professor|Doctor)\.?\s+)?`;
const NAME = String.raw`${TITLE}\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?`;
const OPENER = String.raw`(?:(?:oh|o|ah|well|now|yes|no|why|come|look|see|hey|there|thank you|thanks|good night|good morning|good-bye|goodbye|hello|please|my dear|dear|my|you)[,!]?\s+)*`;
const VOCATIVE_FIRST = new RegExp(String.raw`^${OPENER}(${NAME})\s*[,!?.;:—–-]`, 'iu');
const VOCATIVE_INSIDE = new RegExp(String.raw`[,;]\s+(?:(?:my|my dear|dear|old|poor)\s+)?(${NAME})\s*(?=[,!?.;:—–-]|$)`, 'gu');
/** A name exclaimed or asked as the quotation's last sentence: "…with white! Tom!" */
const VOCATIVE_LAST = new RegExp(String.raw`[!?.]\s+(${NAME})\s*[!?]+\W*$`, 'u');

const CONTRACTION = /['’](?:t|ll|re|ve|m|d)$/u;

/** Names the words of a quotation address, as written: "Tuppence, old bean!", "Good night, Sir John", "…, Durbeyfield." */
export function vocativesIn(words: string): string[] {
  const found: string[] = [];
  const trimmed = words.trim();
  const first = VOCATIVE_FIRST.exec(trimmed);
  // The opener is matched without regard to case, so the name's capitals are checked here ("Don’t you, …" is none).
  // A lone capitalised word that is the whole quotation ("Quick!") is as likely a command as a name.
  const alone = first && first[0].length === first[1].length + 1 && first[0].length >= trimmed.length;
  if (first && !alone && first[1].split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && !CONTRACTION.test(w))) found.push(first[1]);
  for (const m of words.matchAll(VOCATIVE_INSIDE)) if (!found.includes(m[1])) found.push(m[1]);
  const last = VOCATIVE_LAST.exec(trimmed);
  if (last && !found.includes(last[1])) found.push(last[1]);
  // An exclamation ("Good God,"), a pronoun or a bare title is not anyone's name.
  return found.filter((n) => {
    const words = n.split(/\s+/).map(normalizeWord);
    // "Scarcely, …", "…, Naturally I …": an adverb or a pronoun is no part of a name.
    if (words.some((w) => (w.endsWith('ly') && !GIVEN_NAME_GENDER.has(w)) || w === 'i')) return false;
    return !words.every((w) => FUNCTION_WORDS.has(w) || HONORIFIC_GENDER.has(w) || /^(god|heaven|heavens|lord|christ|jesus|gracious|goodness)$/.test(w));
  });
}

/** The person a vocative names, among the people of the text. */
export function personNamed(vocative: string, persons: readonly PersonRecord[]): PersonRecord | null {
  return persons.find((p) => p.name !== 'I' && samePerson(p.name, vocative)) ?? null;
}

/**
 * Gives turns without a speaker the one the conversation implies, repeating so that each guess can support the next.
 * Turns within two paragraphs of each other belong to the same conversation.
 */
export function takeTurns(turns: readonly Turn[], genderOf: (name: string) => Gender | null, narrator: string | null = null): void {
  // A turn that opens with narration naming its speaker without a speech clause leads into the turn after it ("Lord
  // Henry elevated his eyebrows. "…"" then "he replied"); one with a clause ("Moss said: "…"") is news-like, and not.
  const linked = (a: number, b: number) =>
    a >= 0 && b < turns.length && turns[b].paragraph - turns[a].paragraph <= 2 && (turns[a].opensWithQuote || turns[a].namedByNarration) && turns[b].opensWithQuote;
  const speakerAt = (i: number, from: number) => (linked(Math.min(i, from), Math.max(i, from)) ? turns[i].speaker : null);
  // Mr. Woodhouse and Emma Woodhouse share a surname, not a turn: names of known different genders are two people.
  const same = (a: string, b: string) => samePerson(a, b) && !(genderOf(a) && genderOf(b) && genderOf(a) !== genderOf(b));
  // "he said" in a conversation means whichever man's turn it is, which is not always the last man named.
  // A relative ("his step-son") the turns around it cannot settle yet is left to the conversation, with its gender.
  const phrases = new Map<Turn, { own: string; gender: Gender | null }>();
  for (const [i, turn] of turns.entries()) {
    if (!(turn.pronoun || turn.phrase) || !turn.speaker || turn.anchored) continue;
    const own = turn.speaker;
    const gender = turn.pronoun ?? genderOf(own);
    turn.speaker = null;
    const guess = guessSpeaker(turns, i, speakerAt, linked, false, same);
    // A genderless role phrase ("the leader", "the nurse") may be any named person the conversation implies, a
    // gendered one only someone known to have its gender; a he or she is never the first-person narrator.
    const fits = guess && (turn.pronoun ? (genderOf(guess) ?? gender) === gender && guess !== narrator : gender === null ? /^\p{Lu}/u.test(guess) : genderOf(guess) === gender) &&
      !turn.vocatives.some((v) => samePerson(v, guess));
    if (fits) turn.speaker = guess;
    // Only a relative ("his step-son", "her mother") is surely one of the people talking; "the man" may be new.
    else if (!turn.pronoun && gender && /^(his|her|their|my|our|your)\s/i.test(own)) phrases.set(turn, { own, gender });
    else turn.speaker = own;
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const [i, turn] of turns.entries()) {
      if (turn.speaker) continue;
      const guess = guessSpeaker(turns, i, speakerAt, linked, true, same) ?? narratorOpposite(turns, i, speakerAt, narrator);
      const gender = turn.pronoun ?? phrases.get(turn)?.gender;
      const fits = !gender || !guess || ((phrases.has(turn) ? genderOf(guess) : (genderOf(guess) ?? gender)) === gender && !(turn.pronoun && guess === narrator));
      if (guess && fits && !turn.vocatives.some((v) => samePerson(v, guess))) {
        turn.speaker = guess;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const [turn, { own }] of phrases) turn.speaker ??= own;
}

function guessSpeaker(
  turns: readonly Turn[], i: number, speakerAt: (i: number, from: number) => string | null, linked: (a: number, b: number) => boolean,
  useLead: boolean, same: (a: string, b: string) => boolean,
): string | null {
  const turn = turns[i];
  const next = speakerAt(i + 1, i);
  // The narration before a turn names its speaker, unless that is who speaks next, answering this turn by name
  // ("He held his breath." "You naughty boy!" "Hulloa, Emma!" he said).
  const answeredBy = linked(i, i + 1) ? turns[i + 1].vocatives.find((v) => !next || !same(v, next)) : undefined;
  if (turn.lead && useLead && !(answeredBy && next && same(turn.lead, next))) return turn.lead;
  const prev = speakerAt(i - 1, i);
  const prev2 = prev ? speakerAt(i - 2, i - 1) : null;
  const next2 = next ? speakerAt(i + 2, i + 1) : null;
  // Whom the previous turn addressed answers it.
  if (linked(i - 1, i)) {
    const addressed = turns[i - 1].vocatives.find((v) => !prev || !same(v, prev));
    if (addressed) return addressed;
  }
  if (prev && prev2 && !same(prev, prev2)) return prev2;
  if (next && next2 && !same(next, next2)) return next2;
  // The next turn names whom it answers: this turn's speaker.
  if (answeredBy) return answeredBy;
  // Between two turns of one person, the other party of the conversation.
  const known = prev ?? next;
  if (known) {
    let k = i - 1;
    for (; k >= 0 && linked(k, k + 1); k--) {
      const s = turns[k].speaker;
      if (s && !same(s, known)) return s;
    }
    const present = [...turns[k + 1].present].reverse().find((p) => !same(p, known));
    if (present) return present;
  }
  return null;
}

/**
 * In a first-person story, the one talking with the narrator: a turn next to someone else's, in a stretch where the
 * narrator has spoken within the last few turns, is the narrator's.
 */
function narratorOpposite(turns: readonly Turn[], i: number, speakerAt: (i: number, from: number) => string | null, narrator: string | null): string | null {
  if (!narrator) return null;
  const other = speakerAt(i - 1, i) ?? speakerAt(i + 1, i);
  if (!other || other === narrator) return null;
  for (let k = Math.max(0, i - 8); k < Math.min(turns.length, i + 9); k++) if (turns[k].speaker === narrator) return narrator;
  return null;
}

/**
 * The first-person narrator's name: the name other speakers address them by in the turns around theirs, when the
 * text uses it more than once.
 */
export function narratorName(turns: readonly Turn[], narrator: string): string | null {
  const counts = new Map<string, number>();
  for (const [i, turn] of turns.entries()) {
    if (turn.speaker !== narrator) continue;
    for (const k of [i - 1, i + 1]) {
      const other = turns[k];
      if (!other || !other.speaker || other.speaker === narrator || Math.abs(other.paragraph - turn.paragraph) > 2) continue;
      for (const v of other.rawVocatives) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : null;
}
