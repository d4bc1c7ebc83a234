import type { Gender } from './lexicon';
import type { Turn } from './dialogue';

// A turn with no speech clause ("“…”" alone in its paragraph) is someone's in the scene: the rules in dialogue.ts
// read one convention each (alternation, a name called, a beat), and a text written otherwise defeats them. Here
// the evidence a turn carries about each person there is weighed at once, with weights learnt from annotated fiction
// (tests/eval/trainTurns.ts); the rules' own answer is one piece of that evidence.

/** A turn of a conversation as the ranking reads it: the conversation's reading (dialogue.ts) and what came of it. */
export interface RankedTurn {
  readonly turn: Turn;
  /** Who speaks the turn's first and last quotations once every step has had its say. */
  readonly first: string | null;
  readonly last: string | null;
  /** Whether a speech clause or the narration gave any of its quotations a mention: a cued turn. */
  readonly cued: boolean;
}

/** A person the narration of a paragraph refers to: by name, or by he/she. */
export interface NarratedMention {
  readonly name: string;
  readonly pronoun: boolean;
  /** Whether the mention comes before the paragraph's first quotation. */
  readonly beforeQuote: boolean;
}

export interface TurnScene {
  readonly turns: readonly RankedTurn[];
  /** The people the narration of each paragraph refers to. */
  readonly mentions: (paragraph: number) => readonly NarratedMention[];
  /** The first-person narrator, if the story has one, and the paragraphs whose narration says I, me or my. */
  readonly narrator: string | null;
  readonly narratorSeen: ReadonlySet<number>;
  readonly same: (a: string, b: string) => boolean;
  readonly genderOf: (name: string) => Gender | null;
}

/** What each number of a candidate's evidence says about them (1 or 0 unless a fraction is said). */
export const FEATURES = {
  rules: "the rules' answer (dialogue.ts and the steps after it)",
  spoke1: 'spoke last in the turn before',
  spoke2: 'spoke last two turns back (alternation)',
  spoke3: 'spoke last three turns back',
  spoke4: 'spoke last four turns back',
  spoke1Cued: 'spoke the turn before, by its speech clause',
  spoke2Cued: 'spoke two turns back, by its speech clause',
  cuedBeforeEven: 'speaks the nearest cued turn before, an even number of turns back (alternation)',
  cuedBeforeOdd: 'speaks the nearest cued turn before, an odd number of turns back',
  cuedAfterEven: 'speaks the nearest cued turn after, an even number of turns on',
  cuedAfterOdd: 'speaks the nearest cued turn after, an odd number of turns on',
  spokeNext: 'speaks the turn after',
  spokeNextCued: 'speaks the turn after, by its speech clause',
  spokeNext2: 'speaks two turns after',
  addressedBefore: 'called by name in the turn before',
  askedBefore: 'asked a question by the turn before (called in it, or spoke two turns back)',
  addressedHere: 'called by name in this turn: someone else speaks',
  spokenOfHere: 'spoken of by name in this turn',
  addressedNext: 'called by name in the turn after: this turn may be theirs, answered',
  toldBefore: "the one the turn before's clause or narration says its words were for or its speaker faced",
  lead: 'subject of the narration just before the turn',
  waiting: 'left waiting or listening by the narration just before',
  present: 'named in the narration just before the turn',
  scene: 'named in the narration of the scene the conversation opened in',
  namedHereBefore: "named in the turn's own paragraph, before its words",
  namedHereAfter: "named in the turn's own paragraph, after its words (a reaction)",
  pronounHere: "referred to by he/she in the turn's own paragraph",
  namedPrevious: 'named in the paragraph before',
  pronounPrevious: 'referred to by he/she in the paragraph before',
  namedTwoBefore: 'named two paragraphs before',
  sinceMention: 'paragraphs since the narration last referred to them, over 12 (capped at 1)',
  sinceTurn: 'paragraphs since they last spoke, over 12 (capped at 1)',
  recentTurns: 'share of the eight turns before that are theirs',
  narrator: 'the first-person narrator',
  narratorNarrating: 'the narrator, whose narration here or just before says I, me or my',
  otherGenderCalled: 'of the other sex than the turn before calls its hearer ("sir", "madam")',
  opensAfterSpoke1: 'spoke last in the turn before, and this turn opens its paragraph with its words',
} as const;

export type Feature = keyof typeof FEATURES;
const FEATURE_NAMES = Object.keys(FEATURES) as Feature[];

export interface TurnCandidate {
  readonly name: string;
  readonly features: readonly number[];
}

/** How many turns back the speakers are candidates, and how far apart (in paragraphs) two turns of one conversation lie. */
const TURNS_BACK = 4;
const TURN_GAP = 3;
/** How many paragraphs before the turn's own the narration's people are candidates. */
const PARAGRAPHS_BACK = 2;
/** Distances (paragraphs) are capped: beyond this, someone is simply not recent. */
const FAR = 12;

/** Whether turn `i` is one to rank: no quotation of it cued, so the conversation alone gave its speaker. */
export const isUntagged = (scene: TurnScene, i: number): boolean => !scene.turns[i].cued;

/** The turns of the conversation turn `i` is in, `k` back (k < 0: after), while each lies within TURN_GAP of the next. */
export function turnAt(scene: TurnScene, i: number, k: number): RankedTurn | null {
  const step = k > 0 ? -1 : 1;
  let j = i;
  for (let n = 0; n < Math.abs(k); n++) {
    const next = j + step;
    const t = scene.turns[next];
    if (!t || Math.abs(t.turn.paragraph - scene.turns[j].turn.paragraph) > TURN_GAP) return null;
    j = next;
  }
  return scene.turns[j];
}

/**
 * The people who may speak turn `i`, each with the evidence for them (FEATURES names each number): those who spoke
 * the few turns around it, those the narration just before and around it refers to, whom the turn before calls by
 * name, the narrator, and the rules' answer.
 */
export function turnCandidates(scene: TurnScene, i: number, extra: readonly (string | null)[] = []): TurnCandidate[] {
  const { same, turns } = scene;
  const here = turns[i];
  const turn = here.turn;
  const names: string[] = [];
  const add = (n: string | null | undefined) => {
    if (n && !names.some((m) => same(m, n))) names.push(n);
  };
  const back = (k: number) => turnAt(scene, i, k);
  add(here.first);
  for (let k = 1; k <= TURNS_BACK; k++) add(back(k)?.last), add(back(k)?.first);
  add(back(-1)?.first);
  add(back(-2)?.first);
  for (const v of back(1)?.turn.vocatives ?? []) add(v);
  for (let p = turn.paragraph; p >= turn.paragraph - PARAGRAPHS_BACK; p--) for (const m of scene.mentions(p)) add(m.name);
  add(scene.narrator);
  for (const n of extra) add(n);
  return names.map((name) => ({ name, features: featuresOf(scene, i, name) }));
}

/** The evidence for `name` speaking turn `i`, in the order of FEATURES. */
function featuresOf(scene: TurnScene, i: number, name: string): number[] {
  const { same, turns } = scene;
  const is = (n: string | null | undefined) => !!n && same(n, name);
  const turn = turns[i].turn;
  const prev = turnAt(scene, i, 1);
  const next = turnAt(scene, i, -1);
  const spoke = (k: number) => +is(turnAt(scene, i, k)?.last);
  // The paragraphs since the narration last referred to them, and since they last spoke (FAR: not lately).
  let sinceMention = FAR;
  for (let d = 0; d < FAR; d++) if (scene.mentions(turn.paragraph - d).some((m) => is(m.name) && (d > 0 || m.beforeQuote))) { sinceMention = d; break; }
  let sinceTurn = FAR;
  for (let j = i - 1; j >= 0 && turn.paragraph - turns[j].turn.paragraph < FAR; j--) if (is(turns[j].last) || is(turns[j].first)) { sinceTurn = turn.paragraph - turns[j].turn.paragraph; break; }
  const mentioned = (p: number, pronoun: boolean, where?: (m: NarratedMention) => boolean) => +scene.mentions(p).some((m) => is(m.name) && m.pronoun === pronoun && (!where || where(m)));
  // The nearest turns a clause gave a speaker, before and after: alternation counted from what the text says.
  const cuedAt = (step: 1 | -1): [RankedTurn, number] | null => {
    for (let k = 1; k <= 2 * TURNS_BACK; k++) {
      const t = turnAt(scene, i, step * k);
      if (!t) return null;
      if (t.cued) return [t, k];
    }
    return null;
  };
  const [before, after] = [cuedAt(1), cuedAt(-1)];
  const cuedIs = (c: [RankedTurn, number] | null, even: boolean) => +(!!c && c[1] % 2 === (even ? 0 : 1) && is(c === before ? c[0].last : c[0].first));
  const recent = turns.slice(Math.max(0, i - 8), i).filter((t) => is(t.last) || is(t.first)).length;
  const narrator = !!scene.narrator && same(scene.narrator, name);
  const gender = scene.genderOf(name);
  const called = prev?.turn.callsGender;
  const value: Record<Feature, number> = {
    rules: +is(turns[i].first),
    spoke1: spoke(1),
    spoke2: spoke(2),
    spoke3: spoke(3),
    spoke4: spoke(4),
    spoke1Cued: +(!!prev?.cued && is(prev.last)),
    spoke2Cued: +(!!turnAt(scene, i, 2)?.cued && is(turnAt(scene, i, 2)?.last)),
    cuedBeforeEven: cuedIs(before, true),
    cuedBeforeOdd: cuedIs(before, false),
    cuedAfterEven: cuedIs(after, true),
    cuedAfterOdd: cuedIs(after, false),
    spokeNext: +is(next?.first),
    spokeNextCued: +(!!next?.cued && is(next.first)),
    spokeNext2: +is(turnAt(scene, i, -2)?.first),
    addressedBefore: +!!prev?.turn.vocatives.some(is),
    askedBefore: +(!!prev?.turn.asks && !is(prev.last) && (prev.turn.vocatives.some(is) || spoke(2) === 1)),
    addressedHere: +[...turn.vocatives, ...turn.rawVocatives].some(is),
    spokenOfHere: +turn.spokenOf.some(is),
    addressedNext: +!!next?.turn.vocatives.some(is),
    toldBefore: +(is(prev?.turn.addressee) || is(prev?.turn.saidTo) || is(prev?.turn.faces)),
    lead: +is(turn.lead),
    waiting: +is(turn.waiting),
    present: +turn.present.some(is),
    scene: +turn.scene.some(is),
    namedHereBefore: mentioned(turn.paragraph, false, (m) => m.beforeQuote),
    namedHereAfter: mentioned(turn.paragraph, false, (m) => !m.beforeQuote),
    pronounHere: mentioned(turn.paragraph, true),
    namedPrevious: mentioned(turn.paragraph - 1, false),
    pronounPrevious: mentioned(turn.paragraph - 1, true),
    namedTwoBefore: mentioned(turn.paragraph - 2, false),
    sinceMention: sinceMention / FAR,
    sinceTurn: sinceTurn / FAR,
    recentTurns: recent / 8,
    narrator: +narrator,
    narratorNarrating: +(narrator && (scene.narratorSeen.has(turn.paragraph) || scene.narratorSeen.has(turn.paragraph - 1))),
    otherGenderCalled: +(!!called && !!gender && called !== gender),
    opensAfterSpoke1: +(turn.opensWithQuote && spoke(1) === 1),
  };
  return FEATURE_NAMES.map((f) => value[f]);
}
