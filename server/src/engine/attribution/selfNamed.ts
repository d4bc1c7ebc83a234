import type { Attribution } from '../types';
import { isDemonym } from './demonyms';
import { GIVEN_NAME_GENDER } from './givenNames';
import { PRONOUN_GENDER, roleGender, type Gender } from './lexicon';
import { normalizeWord, parseName } from './names';
import { openerName } from './phoneOpeners';

// Novels bring a stranger in by a description ("said the pedestrian", "the parson rode nearer") and let them name
// themselves later in their own words: "when I be plain Jack Durbeyfield, the haggler?", "I am Mary Lennox." From
// then on, and in the turns of that meeting before, the description is that person.

/**
 * "I am …", "I'm …", "my name is …", the clipped "Name's …", the dialect "I be …", with a plain word or two allowed
 * ("plain Jack Durbeyfield").
 */
const SELF_NAMING =
  /(?:\bI am|\bI['’]m|\bI be|\b[Mm]y name is|\b[Mm]y name['’]s|(?:^|[.!?]\s+)(?:The name|Name)['’]s)\s+(?:(?:plain|just|only|simply|old|poor|little|young)\s+)?((?:(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Captain|Parson|Father|Mother)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/u;

/** How many paragraphs either side of a self-naming the description it names is taken to be that person. */
const MEETING_REACH = 40;

/** One top-level quotation as attributed: its paragraph, words and attribution. */
export interface SpokenQuote {
  readonly paragraph: number;
  readonly words: string;
  readonly attribution: Attribution;
  /** Whether the narration just before brings up a phone or a radio (phoneOpeners.ts). */
  readonly onTheLine?: boolean;
}

/**
 * "Tarrant, missus. Abel Tarrant, bosun.", "Bond. James Bond.": words opening on a surname, then (after a word for the
 * hearer, if any) the full name it ends, alone or with a one-word calling, introduce the speaker.
 */
const SURNAME_THEN_FULL = /^\s*(\p{Lu}[\p{L}’'-]+)(?:,\s+\p{Ll}+)?[.!]\s+(\p{Lu}[\p{L}’'-]+\s+(\p{Lu}[\p{L}’'-]+))(?:,\s+\p{Ll}+)?[.!]/u;

/**
 * The name a quotation's words give as its speaker's own ("I am …", or a caller's "This is …": phoneOpeners.ts), when
 * they give a full name, a common given name or a name the text calls a person elsewhere (`isPerson`: "I am Wulfgar
 * the Unwashed" of one whom later clauses call Wulfgar).
 */
export function ownNameIn(words: string, isPerson: (name: string) => boolean = () => false, onTheLine = false): string | null {
  const introduced = SURNAME_THEN_FULL.exec(words);
  if (introduced && introduced[3] === introduced[1] && !parseName(introduced[2]).titles.length) return introduced[2];
  // "Strictly speaking, I am …": an opener that names no one leaves the words to the rest.
  return personsName(openerName(words, onTheLine)?.replace(/\s+/g, ' ') ?? null, isPerson) ?? nameStatedAsOwn(words, isPerson);
}

/** The name words give their speaker in so many words: "I am …", "my name is …" (ownNameIn, less "Bond. James Bond."). */
export function nameStatedAsOwn(words: string, isPerson: (name: string) => boolean = () => false): string | null {
  return personsName(selfNaming(words), isPerson);
}

/** A name taken for a person's: a full name, a common given name, or one the text calls a person elsewhere. */
function personsName(name: string | null, isPerson: (name: string) => boolean): string | null {
  if (!name) return null;
  const parsed = parseName(name);
  if (parsed.core.length === 0 || parsed.core.some((w) => isDemonym(w))) return null;
  return parsed.core.length + parsed.titles.length > 1 || GIVEN_NAME_GENDER.has(normalizeWord(parsed.core[0])) || isPerson(name) ? name : null;
}

/**
 * A turn with no speech clause that opens as a caller does ("This is Odette Marsh, master of …") is the one it names,
 * whoever the exchange around it would have given it to: index in `quotes` → the name.
 */
export function callersOwnNames(quotes: readonly SpokenQuote[], isPerson: (name: string) => boolean): Map<number, string> {
  const found = new Map<number, string>();
  for (const [i, q] of quotes.entries()) {
    const name = q.attribution.mention ? null : openerName(q.words, !!q.onTheLine) && ownNameIn(q.words, isPerson, q.onTheLine);
    if (name) found.set(i, name);
  }
  return found;
}

/** The name "I am …" and its kin give. */
function selfNaming(words: string): string | null {
  const m = SELF_NAMING.exec(words);
  if (!m) return null;
  // "My name's Cuthill, Rab Cuthill": a surname said again in full.
  const after = words.slice(m.index + m[0].length);
  const again = /^,\s+(\p{Lu}[\p{L}’'-]+)\s+(\S+)/u.exec(after);
  const full = again && again[2].replace(/[.,;:!?]+$/u, '') === m[1] ? `${again[1]} ${m[1]}` : null;
  return (full ?? m[1]).replace(/\s+/g, ' ');
}

/**
 * The speakers quotations credited to a description ("the pedestrian") take from a quotation of that description
 * giving its own name, within the meeting around it: index in `quotes` → the name. Linear: each description's
 * quotations are read once, in order, against its namings.
 */
export function selfNamedSpeakers(quotes: readonly SpokenQuote[], isPerson: (name: string) => boolean): Map<number, string> {
  const byDescription = new Map<string, number[]>();
  const namings = new Map<string, { paragraph: number; name: string }[]>();
  for (const [i, q] of quotes.entries()) {
    const speaker = q.attribution.speaker;
    if (!speaker || !/^\p{Ll}/u.test(speaker)) continue;
    const list = byDescription.get(speaker) ?? [];
    list.push(i);
    byDescription.set(speaker, list);
    const name = ownNameIn(q.words, isPerson, q.onTheLine);
    if (name) namings.set(speaker, [...(namings.get(speaker) ?? []), { paragraph: q.paragraph, name }]);
  }
  const found = new Map<number, string>();
  for (const [speaker, named] of namings) {
    let k = 0;
    for (const i of byDescription.get(speaker)!) {
      const paragraph = quotes[i].paragraph;
      // The nearest naming at or after the quotation's meeting, else the last one before it.
      while (k + 1 < named.length && named[k + 1].paragraph <= paragraph) k++;
      const next = named[k].paragraph < paragraph && k + 1 < named.length ? named[k + 1] : null;
      const near = [named[k], next].find((n) => n && Math.abs(n.paragraph - paragraph) <= MEETING_REACH);
      if (near) found.set(i, near.name);
    }
  }
  return found;
}

/**
 * "“My name is Tobiah Crane,” he said": a quotation whose he/she cue reached someone else (a stranger is met by pronouns
 * before the text names them) is the one its words name as its speaker, and so are the other quotations of that cue;
 * not when the name's gender (`genderOf`), as far as it is known, is not the pronoun's. Index in `quotes` → the name.
 */
export function selfNamedByPronoun(quotes: readonly SpokenQuote[], genderOf: (name: string) => Gender | null): Map<number, string> {
  const byCue = new Map<number, number[]>();
  const named = new Map<number, string>();
  // The he/she cue each quotation was read with: "“Think it over,” he said. “… Name's Teddy Voss.”": words after a
  // cue's quotation in its paragraph, with no cue of their own and credited as it was, go on with it.
  const cueOf: (number | undefined)[] = [];
  const cueGender = new Map<number, Gender>();
  for (const [i, q] of quotes.entries()) {
    const mention = q.attribution.mention;
    const gender = mention && /^(?:he|she)$/i.test(mention.text) ? PRONOUN_GENDER.get(mention.text.toLowerCase()) : undefined;
    const previous = quotes[i - 1];
    const goesOn = !mention && previous?.paragraph === q.paragraph && previous.attribution.speaker === q.attribution.speaker;
    const cue = mention && gender ? mention.span.start : goesOn ? cueOf[i - 1] : undefined;
    cueOf.push(cue);
    if (cue === undefined) continue;
    if (gender) cueGender.set(cue, gender);
    const list = byCue.get(cue);
    if (list) list.push(i);
    else byCue.set(cue, [i]);
    const name = ownNameIn(q.words, undefined, q.onTheLine);
    // "I'm Tom's sister" names someone else.
    if (!name || /['’]s$/u.test(name) || named.has(cue)) continue;
    if ((genderOf(name) ?? cueGender.get(cue)) === cueGender.get(cue)) named.set(cue, name);
  }
  const found = new Map<number, string>();
  for (const [cue, name] of named) for (const i of byCue.get(cue)!) found.set(i, name);
  // "He set his hat on the seat. … “Sure she did,” … he said. … “Name's Teddy Voss.”": a he/she that reached no one at
  // all in the meeting around the naming is that stranger too, back and on to anyone else of that sex given words.
  // So is a description of that sex ("“You’ll be Miss Ayres,” said the woman who opened to me. … She put me into the
  // chair. “I am Mrs. Fenwick.”"): the stranger the text brought in so, now naming herself.
  for (const [cue, name] of named) {
    const gender = cueGender.get(cue)!;
    const at = byCue.get(cue)!;
    const described = (i: number) => {
      const speaker = quotes[i].attribution.speaker;
      return !!speaker && /^(?:the|a|an)\s/.test(speaker) && roleGender(normalizeWord(speaker.split(/\s+/).pop()!)) === gender;
    };
    const strangers = (i: number) => (cueOf[i] !== undefined && !quotes[i].attribution.speaker && cueGender.get(cueOf[i]!) === gender) || described(i);
    const otherOfSex = (i: number) => !!quotes[i].attribution.speaker && genderOf(quotes[i].attribution.speaker!) === gender;
    const paragraph = quotes[at[0]].paragraph;
    for (let i = at[0] - 1; i >= 0 && paragraph - quotes[i].paragraph <= MEETING_REACH && !otherOfSex(i); i--) if (strangers(i)) found.set(i, name);
    for (let i = at[at.length - 1] + 1; i < quotes.length && quotes[i].paragraph - paragraph <= MEETING_REACH && !otherOfSex(i); i++) if (strangers(i)) found.set(i, name);
  }
  return found;
}

/** A question for someone's name: "What name?", "Tell us your name!", "Who are you?". */
export const NAME_QUESTION = /\b(?:(?:your|what|whose|the|his|her)\s+name|who\s+are\s+you)\b/i;
/** A question for the hearer's own name ("What's his name?" asks for someone else's). */
const OWN_NAME_QUESTION = /\byour\s+name\b|\bwho\s+are\s+you\b/i;
/** An answer that is a name alone, opening its quotation: "Ronnie," the man says. */
const NAME_ALONE = /^\s*(\p{Lu}\p{Ll}+)\s*[,.!]?\s*$/u;

/**
 * "“What's your name?” ¶ “Ronnie,” the man says. “It's only indigestion.”": a common given name (or a person's name the
 * narration uses, `isPerson`) alone, answering the quotation just before when it asks for a name, is its speaker's
 * own, so the quotations of its paragraph credited as it is are that person's, when it has a cue and that cue is a
 * he/she or a description ("the man"), not a name. Index in `quotes` → the name.
 */
export function answeredNames(quotes: readonly SpokenQuote[], isPerson: (name: string) => boolean): Map<number, string> {
  const found = new Map<number, string>();
  for (let i = 1; i < quotes.length; i++) {
    const [asked, answer] = [quotes[i - 1], quotes[i]];
    const name = NAME_ALONE.exec(answer.words)?.[1];
    const speaker = answer.attribution.speaker;
    if (!name || !(GIVEN_NAME_GENDER.has(normalizeWord(name)) || isPerson(name)) || answer.paragraph - asked.paragraph !== 1 || !OWN_NAME_QUESTION.test(asked.words)) continue;
    // "“Gareth,” Holt says" names its speaker; a he/she or a description ("the man") says nothing against the answer.
    const mention = answer.attribution.mention?.text;
    if (!mention || !/^(?:he|she|the|a|an)\b/iu.test(mention)) continue;
    for (let k = i; k < quotes.length && quotes[k].paragraph === answer.paragraph; k++) if (quotes[k].attribution.speaker === speaker) found.set(k, name);
  }
  return found;
}
