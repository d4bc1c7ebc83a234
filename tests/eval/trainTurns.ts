// Trains the joint reading of uncued fiction turns (server/src/engine/attribution/conversationDecoding.ts) and writes
// its weights (conversationWeights.ts): an averaged structured perceptron over each chain of turns, from zero, so the
// same data gives the same weights. First it reports leave-one-set-out cross-validation over the development sets
// (each fiction set a fold, LitBank five): the rules' accuracy and the decoding's on the same uncued quotations.
// The check sets (fiction9, fiction10) are never read.
// Usage: node out/tests/eval/trainTurns.js [--check | --dry] (--check: compare with the weights file; --dry: write nothing).
// Variants by environment: LOCAL=0 (averaged structured perceptron, EPOCHS), ROUNDS (rounds of training on decoded
// neighbours), MIN_RUN (decode only runs of that many uncued turns), DROP (weights held at 0), IT/LR/L2; and reports:
// DIAG=1 (how each uncued turn's right speaker follows the right ones before), CONTEXT=1 (accuracy with right
// neighbours), GRID=1 (a small grid of hand weights, in-sample).

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { formatForPath } from '../../server/src/engine/formats/index';
import { decode, observeChains, pathFeatures, WEIGHT_NAMES, type ChainTurn } from '../../server/src/engine/attribution/conversationDecoding';
import { rightSpeaker, type GoldQuote } from './attribution';
import { LITBANK_DIR } from './extraction';

const root = resolve(__dirname, '../../..');
const WEIGHTS_FILE = join(root, 'server/src/engine/attribution/conversationWeights.ts');
const DEVELOPMENT_SETS = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15].map((n) => `fiction${n}`);
const LITBANK_FOLDS = 5;
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const ITERATIONS = Number(process.env.IT ?? 600);
const LEARNING_RATE = Number(process.env.LR ?? 3);
const L2 = Number(process.env.L2 ?? 0.001);
const LOCAL = process.env.LOCAL !== '0';
const MIN_RUN = Number(process.env.MIN_RUN ?? 1);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const DROP = (process.env.DROP ?? '').split(',').filter(Boolean);

/** A chain: its turns, each uncued turn's right states and gold quotations. */
interface Example {
  readonly chain: readonly ChainTurn[];
  readonly right: readonly (number[] | null)[];
  readonly golds: readonly (readonly GoldQuote[])[];
}

function examplesOf(dir: string, files: readonly string[]): Example[] {
  const examples: Example[] = [];
  for (const file of files) {
    const golds: GoldQuote[] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const txt = file.replace(/\.quotes\.json$/, '.txt');
    const text = readFileSync(join(dir, txt), 'utf8');
    const seen: (readonly ChainTurn[])[] = [];
    observeChains((chain) => seen.push(chain));
    analyzeDocument(text, formatForPath(txt, text));
    observeChains(null);
    for (const chain of seen) {
      const matched = chain.map((t) => (t.cued ? [] : t.spans.map((s) => golds.find((g) => g.start < s.end && s.start < g.end)).filter((g): g is GoldQuote => !!g)));
      const right = chain.map((t, i) => (t.cued || matched[i].length === 0 ? null : t.names.flatMap((n, k) => (rightSpeaker(n, matched[i][0]) ? [k] : []))));
      examples.push({ chain, right, golds: matched });
    }
  }
  return examples;
}

const quoteFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.quotes.json')).sort();

function folds(): { name: string; examples: Example[] }[] {
  const found = DEVELOPMENT_SETS.map((set) => {
    const dir = join(root, 'tests/fixtures/attribution', set);
    return { name: set, examples: examplesOf(dir, quoteFiles(dir)) };
  });
  if (existsSync(LITBANK_DIR)) {
    const files = quoteFiles(LITBANK_DIR);
    for (let k = 0; k < LITBANK_FOLDS; k++) found.push({ name: `litbank ${k + 1}/${LITBANK_FOLDS}`, examples: examplesOf(LITBANK_DIR, files.filter((_, i) => i % LITBANK_FOLDS === k)) });
  }
  return found;
}

/**
 * Conditional logit per uncued turn, its neighbours held at a right state (the rules' where none is right): each
 * candidate's evidence is that of the whole chain's path with the turn given to them, so the transitions it makes on
 * both sides count. Full-batch gradient descent from zero.
 */
function trainLocal(examples: readonly Example[], given?: readonly number[]): number[] {
  const n = WEIGHT_NAMES.length;
  const turns: { feats: number[][]; right: boolean[] }[] = [];
  for (const e of examples) {
    const decoded = given ? decode(e.chain, given) : null;
    const gold = decoded ?? e.chain.map((_, i) => (e.right[i]?.length ? e.right[i]![0] : 0));
    for (const [i, t] of e.chain.entries()) {
      const r = e.right[i];
      if (t.cued || !r || r.length === 0 || t.states.length < 2) continue;
      const feats = t.states.map((_, l) => pathFeatures(e.chain, gold.map((g, j) => (j === i ? l : g))));
      const base = feats[0].slice();
      turns.push({ feats: feats.map((f) => f.map((x, k) => x - base[k])), right: t.states.map((_, l) => r.includes(l)) });
    }
  }
  const w = new Array<number>(n).fill(0);
  const dropped = WEIGHT_NAMES.map((name) => DROP.includes(name));
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(n).fill(0);
    for (const e of turns) {
      const scores = e.feats.map((f) => f.reduce((s, x, k) => s + x * w[k], 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const all = exp.reduce((a, b) => a + b, 0);
      const right = exp.reduce((a, x, j) => a + (e.right[j] ? x : 0), 0);
      for (const [j, f] of e.feats.entries()) {
        const coef = exp[j] / all - (e.right[j] ? exp[j] / right : 0);
        for (let k = 0; k < n; k++) grad[k] += coef * f[k];
      }
    }
    for (let k = 0; k < n; k++) if (!dropped[k]) w[k] -= LEARNING_RATE * (grad[k] / turns.length + L2 * w[k]);
  }
  if (process.env.CONTEXT) {
    let ok = 0, rulesOk = 0;
    for (const e of turns) {
      const scores = e.feats.map((f) => f.reduce((s, x, k) => s + x * w[k], 0));
      ok += +e.right[scores.indexOf(Math.max(...scores))];
      rulesOk += +e.right[0];
    }
    console.log(`with right neighbours: ${turns.length} turns, model ${(100 * ok / turns.length).toFixed(1)}, state 0 ${(100 * rulesOk / turns.length).toFixed(1)}`);
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

/** Local training repeated, each round's neighbours those the last round's weights decode (so training sees its own slips). */
function trainRounds(examples: readonly Example[]): number[] {
  let w = trainLocal(examples);
  for (let r = 0; r < ROUNDS; r++) w = trainLocal(examples, w);
  return w;
}

/** Averaged perceptron: where the best path is wrong at a turn with a right state, move toward the best right path. */
function train(examples: readonly Example[]): number[] {
  const n = WEIGHT_NAMES.length;
  const w = new Array<number>(n).fill(0);
  const total = new Array<number>(n).fill(0);
  const dropped = WEIGHT_NAMES.map((name) => DROP.includes(name));
  let steps = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of examples) {
      steps++;
      if (!e.right.some((r) => r && r.length)) continue;
      const pred = decode(e.chain, w);
      if (e.right.every((r, i) => !r || r.length === 0 || r.includes(pred[i]))) continue;
      const gold = decode(e.chain, w, e.right);
      const [fg, fp] = [pathFeatures(e.chain, gold), pathFeatures(e.chain, pred)];
      for (let k = 0; k < n; k++) {
        if (dropped[k]) continue;
        const d = fg[k] - fp[k];
        w[k] += d;
        total[k] += d * steps;
      }
    }
  }
  // The average of the weights over every step, from the running sum of updates weighted by when they came.
  return w.map((x, k) => Math.round((x - total[k] / (steps + 1)) * 1000) / 1000);
}

function accuracy(examples: readonly Example[], weights: readonly number[]): { quotes: number; rules: number; decoded: number; oracle: number } {
  let quotes = 0, rules = 0, decoded = 0, oracle = 0;
  for (const e of examples) {
    const path = decode(e.chain, weights);
    // The length of the run of uncued turns each turn is in.
    const run = e.chain.map(() => 0);
    for (let i = 0; i < e.chain.length; ) {
      let j = i;
      while (j < e.chain.length && !e.chain[j].cued) j++;
      for (let k = i; k < j; k++) run[k] = j - i;
      i = Math.max(j, i + 1);
    }
    for (const [i, t] of e.chain.entries()) {
      for (const g of e.golds[i]) {
        quotes++;
        if (rightSpeaker(t.rules, g)) rules++;
        if (rightSpeaker(run[i] >= MIN_RUN ? t.names[path[i]] ?? t.rules : t.rules, g)) decoded++;
        if (t.names.some((nm) => rightSpeaker(nm, g))) oracle++;
      }
    }
  }
  return { quotes, rules, decoded, oracle };
}

function weightsModule(weights: readonly number[]): string {
  const lines = WEIGHT_NAMES.map((n, k) => `  ${weights[k]}, // ${n}`);
  return `// Generated by \`npm run train:turns\` (tests/eval/trainTurns.ts) from the development sets: do not edit by hand.
// The weights of conversationDecoding.ts's evidence, in the order of its WEIGHT_NAMES (emissions, then transitions).

export const CONVERSATION_WEIGHTS: readonly number[] = [
${lines.join('\n')}
];
`;
}

function diagnose(examples: readonly Example[]): void {
  const tally = new Map<string, [number, number]>();
  for (const e of examples) {
    const person = (i: number): number | null => {
      const t = e.chain[i];
      if (!t) return null;
      if (t.cued) return t.states[0].out;
      const r = e.right[i];
      return r && r.length ? t.states[r[0]].out : null;
    };
    for (const [i, t] of e.chain.entries()) {
      const r = e.right[i];
      if (t.cued || !r) continue;
      const g = r.length ? t.states[r[0]].into : null;
      const [p1, p2] = [person(i - 1), person(i - 2)];
      const rel = g === null ? 'absent' : p1 === null ? 'unknown-1' : g === p1 ? 'same-as-1' : p2 === null ? 'unknown-2' : g === p2 ? 'alternates' : 'third';
      const kind = `${rel} ${t.opens ? 'opens' : 'beat'} ${t.cued ? '' : ''}`;
      const v = tally.get(kind) ?? [0, 0];
      v[0]++;
      if (r.includes(0) && t.names[0] === t.rules) v[1]++;
      tally.set(kind, v);
    }
  }
  for (const [k, [n, ok]] of [...tally].sort()) console.log(`${k.padEnd(24)} ${String(n).padStart(5)} rules right ${(100 * ok / n).toFixed(1)}`);
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1).padStart(5);

function main(): void {
  const all = folds();
  if (process.env.DIAG) return diagnose(all.flatMap((f) => f.examples));
  if (process.env.GRID) {
    const ex = all.flatMap((f) => f.examples);
    for (const r of [0]) for (const a of [1, 2, 4]) for (const sm of [-2, -1, 0]) for (const v of [1, 3]) for (const l of [0.5, 1, 2, 4]) {
      const w = WEIGHT_NAMES.map((n) => ({ rules: r, alternates: a, same: sm, addressedBefore: v, addressedHere: -v, lead: l, namedPrevious: l } as Record<string, number>)[n] ?? 0);
      const acc = accuracy(ex, w);
      console.log(`r ${r} a ${a} s ${sm} v ${v} l ${l}: ${pct(acc.decoded, acc.quotes)} (rules ${pct(acc.rules, acc.quotes)})`);
    }
    return;
  }
  console.log('fold             chains quotes  rules decoded oracle');
  let [quotes, rules, decoded, oracle] = [0, 0, 0, 0];
  for (const [k, fold] of all.entries()) {
    const weights = (LOCAL ? trainRounds : train)(all.filter((_, j) => j !== k).flatMap((f) => f.examples));
    const a = accuracy(fold.examples, weights);
    quotes += a.quotes, rules += a.rules, decoded += a.decoded, oracle += a.oracle;
    console.log(`${fold.name.padEnd(16)} ${String(fold.examples.length).padStart(6)} ${String(a.quotes).padStart(6)}  ${pct(a.rules, a.quotes)}  ${pct(a.decoded, a.quotes)}  ${pct(a.oracle, a.quotes)}`);
  }
  console.log(`${'all'.padEnd(16)} ${''.padStart(6)} ${String(quotes).padStart(6)}  ${pct(rules, quotes)}  ${pct(decoded, quotes)}  ${pct(oracle, quotes)}`);
  const weights = (LOCAL ? trainRounds : train)(all.flatMap((f) => f.examples));
  const fit = accuracy(all.flatMap((f) => f.examples), weights);
  console.log(`in-sample: rules ${pct(fit.rules, fit.quotes)}, decoded ${pct(fit.decoded, fit.quotes)}`);
  for (const [k, n] of WEIGHT_NAMES.entries()) console.log(`${n.padEnd(20)} ${weights[k].toFixed(3).padStart(8)}`);
  const module = weightsModule(weights);
  if (process.argv.includes('--check')) {
    const same = readFileSync(WEIGHTS_FILE, 'utf8') === module;
    console.log(same ? 'weights file up to date' : 'weights file differs from training');
    process.exitCode = same ? 0 : 1;
  } else if (!process.argv.includes('--dry')) writeFileSync(WEIGHTS_FILE, module);
}

main();
