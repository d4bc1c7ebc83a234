import type { Span } from '../types';
import { FEATURES, turnCandidates, turnAt, type Feature, type TurnScene } from './turnRanking';

// A run of turns with no speech clause is read as a whole: the speakers of its turns depend on each other (a
// conversation alternates; one voice may run on across two paragraphs), and the turns with a clause around it fix its
// ends. So the speaker sequence is chosen at once (a second-order Viterbi): each turn's own evidence (a beat naming
// someone, a name called in the turn before, …) plus the scores of how each speaker follows the one or two before.

/** Evidence a turn carries about a candidate that does not depend on who speaks the turns around it. */
export const EMISSIONS: readonly Feature[] = [
  'rules', 'addressedBefore', 'addressedHere', 'spokenOfHere', 'addressedNext', 'toldBefore', 'lead', 'waiting', 'present',
  'scene', 'namedHereBefore', 'namedHereAfter', 'pronounHere', 'namedPrevious', 'pronounPrevious', 'namedTwoBefore',
  'sinceMention', 'narrator', 'narratorNarrating', 'otherGenderCalled',
];

/** How a speaker follows the turns before: each 1 or 0. */
export const TRANSITIONS = {
  same: 'speaks the turn before too',
  sameOpens: 'speaks the turn before too, and the turn opens its paragraph with its words',
  sameAsked: 'speaks the turn before too, though that turn asked a question',
  alternates: 'speaks two turns back, after someone else (a, b, a)',
  third: 'neither of the two turns before: a third voice',
  intoAnchor: 'the turn after has a speech clause and this speaker is its speaker (one voice runs into the clause)',
} as const;
export type Transition = keyof typeof TRANSITIONS;
const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];
export const WEIGHT_NAMES: readonly string[] = [...EMISSIONS, ...TRANSITION_NAMES];

/** A state of a turn: who speaks it (first and last words: a cued turn may hold two voices), and its own evidence. */
export interface State {
  readonly into: number;
  readonly out: number;
  readonly emission: readonly number[];
}

/** A turn of a chain: its states (one for a cued turn), and what the transitions read of it. */
export interface ChainTurn {
  readonly cued: boolean;
  readonly opens: boolean;
  readonly asks: boolean;
  readonly states: readonly State[];
  /** The quotations' spans and each state's speaker name, for the caller and the training. */
  readonly spans: readonly Span[];
  readonly names: readonly (string | null)[];
  readonly rules: string | null;
}

const NOBODY = -1;

function transitionFeatures(chain: readonly ChainTurn[], i: number, two: State | null, one: State | null, here: State): number[] {
  const turn = chain[i];
  const same = !!one && one.out !== NOBODY && one.out === here.into;
  const alt = !same && !!two && two.out !== NOBODY && two.out === here.into;
  const next = chain[i + 1];
  const value: Record<Transition, number> = {
    same: +same,
    sameOpens: +(same && turn.opens),
    sameAsked: +(same && !!one && chain[i - 1].asks),
    alternates: +alt,
    third: +(!same && !alt && !!two),
    intoAnchor: +(!turn.cued && !!next?.cued && next.states[0].into !== NOBODY && next.states[0].into === here.out),
  };
  return TRANSITION_NAMES.map((t) => value[t]);
}

const dot = (w: readonly number[], f: readonly number[], offset: number) => {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += (w[offset + k] ?? 0) * f[k];
  return s;
};

/**
 * The best state of each turn of the chain under the weights (EMISSIONS then TRANSITIONS); `allowed`, when given,
 * keeps each turn to the states it lists (the training's right answers).
 */
export function decode(chain: readonly ChainTurn[], weights: readonly number[], allowed?: readonly (readonly number[] | null)[]): number[] {
  const n = chain.length;
  if (n === 0) return [];
  const E = EMISSIONS.length;
  const opts = chain.map((t, i) => (allowed?.[i]?.length ? allowed[i]! : t.states.map((_, k) => k)));
  const em = (i: number, k: number) => (chain[i].cued ? 0 : dot(weights, chain[i].states[k].emission, 0));
  // score[i] maps (state at i-1, state at i) to the best path's score; back[i] the state at i-2 it came from.
  const key = (a: number, b: number) => a * 1000 + b;
  let score = new Map<number, number>();
  const backs: Map<number, number>[] = [new Map()];
  for (const k of opts[0]) score.set(key(NOBODY + 1, k), em(0, k) + dot(weights, transitionFeatures(chain, 0, null, null, chain[0].states[k]), E));
  for (let i = 1; i < n; i++) {
    const next = new Map<number, number>();
    const back = new Map<number, number>();
    for (const [pair, s] of score) {
      const j = Math.floor(pair / 1000) - 1, k = pair % 1000;
      const two = j >= 0 && i >= 2 ? chain[i - 2].states[j] : null;
      for (const l of opts[i]) {
        const v = s + em(i, l) + dot(weights, transitionFeatures(chain, i, two, chain[i - 1].states[k], chain[i].states[l]), E);
        const to = key(k + 1, l);
        if (!next.has(to) || v > next.get(to)!) next.set(to, v), back.set(to, j);
      }
    }
    score = next;
    backs.push(back);
  }
  let best = -Infinity, bestPair = 0;
  for (const [pair, s] of score) if (s > best) best = s, bestPair = pair;
  const path = new Array<number>(n);
  let k = bestPair % 1000, j = Math.floor(bestPair / 1000) - 1;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = k;
    if (i === 0) break;
    const before = backs[i].get(key(j + 1, k))!;
    k = j, j = before;
  }
  return path;
}

/** The path's features summed (EMISSIONS then TRANSITIONS): what the training compares. */
export function pathFeatures(chain: readonly ChainTurn[], path: readonly number[]): number[] {
  const sum = new Array<number>(WEIGHT_NAMES.length).fill(0);
  for (let i = 0; i < chain.length; i++) {
    const here = chain[i].states[path[i]];
    if (!chain[i].cued) here.emission.forEach((x, k) => (sum[k] += x));
    const one = i >= 1 ? chain[i - 1].states[path[i - 1]] : null;
    const two = i >= 2 ? chain[i - 2].states[path[i - 2]] : null;
    transitionFeatures(chain, i, two, one, here).forEach((x, k) => (sum[EMISSIONS.length + k] += x));
  }
  return sum;
}

/**
 * The chains of the scene: runs of turns each within reach of the next (turnAt) holding a turn no clause cued, each
 * turn's candidates those turnCandidates gives and the speakers of the cued turns of the chain, one number per person.
 */
export function chainsOf(scene: TurnScene): { turns: number[]; chain: ChainTurn[] }[] {
  const { turns, same } = scene;
  const runs: number[][] = [];
  for (let i = 0; i < turns.length; i++) {
    if (i > 0 && turnAt(scene, i, 1)) runs[runs.length - 1].push(i);
    else runs.push([i]);
  }
  const found: { turns: number[]; chain: ChainTurn[] }[] = [];
  const emissionIndex = EMISSIONS.map((f) => (Object.keys(FEATURES) as Feature[]).indexOf(f));
  for (const run of runs) {
    if (run.every((i) => turns[i].cued)) continue;
    const people: string[] = [];
    const id = (name: string | null): number => {
      if (!name) return NOBODY;
      const k = people.findIndex((p) => same(p, name));
      if (k >= 0) return k;
      people.push(name);
      return people.length - 1;
    };
    const anchors = run.filter((i) => turns[i].cued).flatMap((i) => [turns[i].first, turns[i].last]);
    const chain = run.map((i): ChainTurn => {
      const t = turns[i];
      const base = { opens: t.turn.opensWithQuote, asks: t.turn.asks, spans: [] as Span[], rules: t.first };
      if (t.cued) return { ...base, cued: true, states: [{ into: id(t.first), out: id(t.last), emission: [] }], names: [t.first] };
      const candidates = turnCandidates(scene, i, anchors);
      return {
        ...base, cued: false,
        states: candidates.map((c) => ({ into: id(c.name), out: id(c.name), emission: emissionIndex.map((k) => c.features[k]) })),
        names: candidates.map((c) => c.name),
      };
    });
    found.push({ turns: run, chain });
  }
  return found;
}

export type ChainObserver = (chain: readonly ChainTurn[]) => void;

/** Set only by the training script (tests/eval/trainTurns.ts), to read each chain as the engine builds it. */
export let chainObserver: ChainObserver | null = null;

export function observeChains(observer: ChainObserver | null): void {
  chainObserver = observer;
}
