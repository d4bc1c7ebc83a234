import type { Gender } from './lexicon';
import { isDocumentOrBody } from './bodies';
import { isListedNationality } from './demonyms';

/** How many paragraphs apart two turns of one conversation may be. */
const CONVERSATION_GAP = 2;
/** How many turns after a description (or an uncued turn) last spoke a name may first speak and be the one it described. */
const NAMING_REACH = 4;

/** One turn as the text gives it, before turn-taking. */
export interface GivenTurn {
  readonly paragraph: number;
  /** The speaker its cues or narration give ("a gentleman", "Mr. Greyson"), if any. */
  readonly speaker: string | null;
  /** Whether a speech clause names that speaker ("said Mr. Greyson"). */
  readonly namedByClause: boolean;
  /** Whether its paragraph says someone is not named ("who spoke on condition of anonymity"). */
  readonly withheld?: boolean;
}

/**
 * `"How much?" asked a gentleman.` … `"I wonder," said Mr. Greyson to himself, as he walked away.`: a speaker the
 * text only describes is the one person its conversation names in a speech clause soon after, the text never having
 * mentioned them before the description first spoke. Returns, per turn index, the name a described turn stands for.
 * `firstNamed` is the paragraph where the text first mentions someone by a name (undefined for a description).
 */
export function namesOfDescribedSpeakers(
  turns: readonly GivenTurn[],
  firstNamed: (name: string) => number | undefined,
  genderOf: (speaker: string) => Gender | null,
): Map<number, string> {
  const found = new Map<number, string>();
  for (let from = 0; from < turns.length; ) {
    let to = from + 1;
    while (to < turns.length && turns[to].paragraph - turns[to - 1].paragraph <= CONVERSATION_GAP) to++;
    nameDescriptions(turns, from, to, firstNamed, genderOf, found);
    from = to;
  }
  return found;
}

/**
 * A phrase describing one person ("a gentleman", "the child"), not a name, a pronoun, a group ("the ladies"), a body
 * or a document ("the regulator", "the statement") or someone left indefinite ("one of the women", "somebody else").
 */
function isDescription(speaker: string): boolean {
  const words = speaker.split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  return /^\p{Ll}/u.test(speaker) && speaker.includes(' ') && !(head.endsWith('s') && !head.endsWith('ss')) && !isDocumentOrBody(head) && !forNamedBody(words) &&
    !/^(?:one|some|somebody|someone|another|any|anybody|anyone|each|every|everybody)\b/i.test(speaker) && head !== 'else';
}

/**
 * "a Fairbairn spokeswoman", "a Parley engineer": a name before the head, no nationality, is the body the person
 * speaks for, and who they are is what the text withholds, not a newcomer it names.
 */
function forNamedBody(words: readonly string[]): boolean {
  return words.slice(1, -1).some((w) => /^\p{Lu}/u.test(w) && !isListedNationality(w));
}

/** Whether a name first mentioned in paragraph `first` was first mentioned in narration between turns `from` and `to`. */
function namedInNarrationBetween(turns: readonly GivenTurn[], from: number, to: number, first: number): boolean {
  if (first <= turns[from].paragraph || first >= turns[to].paragraph) return false;
  for (let k = from + 1; k < to; k++) if (turns[k].paragraph === first) return false;
  return true;
}

/** Names the described turns among turns [from, to) of one conversation after the one newcomer, if there is one. */
function nameDescriptions(
  turns: readonly GivenTurn[], from: number, to: number,
  firstNamed: (name: string) => number | undefined, genderOf: (speaker: string) => Gender | null, found: Map<number, string>,
): void {
  const described = (i: number) => {
    const s = turns[i]?.speaker;
    return !!s && firstNamed(s) === undefined && isDescription(s);
  };
  let firstDescribed = -1;
  let lastDescribed = -1;
  let newcomer: string | null = null;
  let newcomerAt = to;
  for (let i = from; i < to; i++) {
    const s = turns[i].speaker;
    // An uncued turn after a description may be its own (the other party's turns alternate with it).
    if (!s && firstDescribed >= 0) lastDescribed = i;
    if (!s) continue;
    if (described(i)) {
      if (firstDescribed < 0) firstDescribed = i;
      lastDescribed = i;
      continue;
    }
    // A name first heard soon after the description spoke: two such names leave it unsure which one it was.
    const first = firstNamed(s);
    if (lastDescribed < 0 || first === undefined || first < turns[firstDescribed].paragraph || s === newcomer) continue;
    // "“Wake up,” said a rough voice. Ragged Dick opened his eyes …": one the narration named between the turns, not
    // in a turn's own words or clause, was there to hear the description, not speaking as it.
    if (!turns[i].namedByClause || i - lastDescribed > NAMING_REACH || newcomer || namedInNarrationBetween(turns, firstDescribed, i, first)) return;
    newcomer = s;
    newcomerAt = i;
  }
  if (!newcomer) return;
  const gender = genderOf(newcomer);
  const named: number[] = [];
  for (let i = firstDescribed; i <= lastDescribed; i++) {
    if (!described(i)) continue;
    // "said the taller" … "said Lisle" … "said the doctor": once a clause has named the newcomer, only a description
    // they spoke by before is still theirs; another is someone else.
    if (i > newcomerAt && !turns.slice(firstDescribed, newcomerAt).some((t) => t.speaker === turns[i].speaker)) continue;
    // "the young man" is no one whose gender the text has not shown; "the child" may be anyone.
    const g = genderOf(turns[i].speaker!);
    if (g && g !== gender) continue;
    // Two descriptions answering each other (in paragraphs one after the other) are two people: which of them the
    // name is, the text does not say.
    const answers = (a: number, b: number) => described(a) && described(b) && turns[a].speaker !== turns[b].speaker && turns[b].paragraph === turns[a].paragraph + 1;
    if (answers(i - 1, i) || answers(i, i + 1)) return;
    // One the newcomer answers, or who answers the newcomer, is someone else.
    if (turns[i - 1]?.speaker === newcomer || turns[i + 1]?.speaker === newcomer) continue;
    // One the text says it will not name is not the next one it names.
    if (turns[i].withheld) continue;
    named.push(i);
  }
  for (const i of named) found.set(i, newcomer);
}
