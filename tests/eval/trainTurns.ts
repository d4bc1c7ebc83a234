// Trains the ranking of uncued fiction turns (server/src/engine/attribution/turnRanking.ts) and writes its weights
// (turnWeights.ts): a conditional logit over each turn's candidates, by full-batch gradient descent from zero, so the
// same data gives the same weights. First it reports leave-one-set-out cross-validation over the development sets
// (each fiction set a fold, LitBank five): the rules' accuracy and the ranking's on the same turns.
// The check sets (fiction9, fiction10) are never read.
// Usage: node out/tests/eval/trainTurns.js [--check] (--check: compare with the weights file, write nothing).

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { formatForPath } from '../../server/src/engine/formats/index';
import { FEATURES, observeTurns, rankedSpeaker, type Feature, type TurnCandidate } from '../../server/src/engine/attribution/turnRanking';
import { rightSpeaker, type GoldQuote } from './attribution';
import { LITBANK_DIR } from './extraction';

const root = resolve(__dirname, '../../..');
const WEIGHTS_FILE = join(root, 'server/src/engine/attribution/turnWeights.ts');
const DEVELOPMENT_SETS = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15].map((n) => `fiction${n}`);
const LITBANK_FOLDS = 5;
const ITERATIONS = 400;
const LEARNING_RATE = 0.5;
const L2 = 0.01;

const NAMES = Object.keys(FEATURES) as Feature[];

/** An uncued turn: its candidates, whether each is right, and its quotations' gold speakers. */
interface Example {
  readonly candidates: readonly TurnCandidate[];
  readonly right: readonly boolean[];
  readonly rules: string | null;
  readonly golds: readonly GoldQuote[];
}

function examplesOf(dir: string, files: readonly string[]): Example[] {
  const examples: Example[] = [];
  for (const file of files) {
    const golds: GoldQuote[] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const txt = file.replace(/\.quotes\.json$/, '.txt');
    const text = readFileSync(join(dir, txt), 'utf8');
    const seen: { spans: readonly { start: number; end: number }[]; candidates: readonly TurnCandidate[]; rules: string | null }[] = [];
    observeTurns((spans, candidates, rules) => seen.push({ spans, candidates, rules }));
    analyzeDocument(text, formatForPath(txt, text));
    observeTurns(null);
    for (const turn of seen) {
      const matched = turn.spans.map((s) => golds.find((g) => g.start < s.end && s.start < g.end)).filter((g): g is GoldQuote => !!g);
      if (matched.length === 0) continue;
      examples.push({ candidates: turn.candidates, right: turn.candidates.map((c) => rightSpeaker(c.name, matched[0])), rules: turn.rules, golds: matched });
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

/** Gradient descent on the mean negative log-likelihood of a right candidate, softmax over each turn's candidates. */
function train(examples: readonly Example[]): Record<Feature, number> {
  const usable = examples.filter((e) => e.right.some(Boolean));
  const w = new Float64Array(NAMES.length);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(NAMES.length);
    for (const e of usable) {
      const scores = e.candidates.map((c) => c.features.reduce((s, x, k) => s + x * w[k], 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const all = exp.reduce((a, b) => a + b, 0);
      const right = exp.reduce((a, x, j) => a + (e.right[j] ? x : 0), 0);
      // d(-log P(right))/dw = E_all[f] - E_right[f]
      for (const [j, c] of e.candidates.entries()) {
        const coef = exp[j] / all - (e.right[j] ? exp[j] / right : 0);
        for (let k = 0; k < NAMES.length; k++) grad[k] += coef * c.features[k];
      }
    }
    for (let k = 0; k < NAMES.length; k++) w[k] -= LEARNING_RATE * (grad[k] / usable.length + L2 * w[k]);
  }
  return Object.fromEntries(NAMES.map((n, k) => [n, Math.round(w[k] * 1000) / 1000])) as Record<Feature, number>;
}

/** Quotations of the examples the rules and the ranking get right. */
function accuracy(examples: readonly Example[], weights: Record<Feature, number>): { quotes: number; rules: number; ranked: number } {
  let quotes = 0, rules = 0, ranked = 0;
  for (const e of examples) {
    const pick = rankedSpeaker(e.candidates, weights);
    for (const g of e.golds) {
      quotes++;
      if (rightSpeaker(e.rules, g)) rules++;
      if (rightSpeaker(pick ?? e.rules, g)) ranked++;
    }
  }
  return { quotes, rules, ranked };
}

function weightsModule(weights: Record<Feature, number>): string {
  const lines = NAMES.map((n) => `  /** ${FEATURES[n]} */\n  ${n}: ${weights[n]},`);
  return `import type { Feature } from './turnRanking';

// Generated by \`npm run train:turns\` (tests/eval/trainTurns.ts) from the development sets: do not edit by hand.
// A candidate's score is the sum of the weights of the evidence it has; the likeliest speaker scores highest.

export const TURN_WEIGHTS: Readonly<Partial<Record<Feature, number>>> = {
${lines.join('\n')}
};
`;
}

function main(): void {
  const all = folds();
  const pct = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1).padStart(5);
  console.log('fold              turns quotes  rules ranked');
  let [quotes, rules, ranked] = [0, 0, 0];
  for (const [k, fold] of all.entries()) {
    const weights = train(all.filter((_, j) => j !== k).flatMap((f) => f.examples));
    const a = accuracy(fold.examples, weights);
    quotes += a.quotes, rules += a.rules, ranked += a.ranked;
    console.log(`${fold.name.padEnd(16)} ${String(fold.examples.length).padStart(6)} ${String(a.quotes).padStart(6)}  ${pct(a.rules, a.quotes)}  ${pct(a.ranked, a.quotes)}`);
  }
  console.log(`${'all'.padEnd(16)} ${''.padStart(6)} ${String(quotes).padStart(6)}  ${pct(rules, quotes)}  ${pct(ranked, quotes)}`);
  const weights = train(all.flatMap((f) => f.examples));
  for (const n of NAMES) console.log(`${n.padEnd(20)} ${weights[n].toFixed(3).padStart(8)}`);
  const module = weightsModule(weights);
  if (process.argv.includes('--check')) {
    const same = readFileSync(WEIGHTS_FILE, 'utf8') === module;
    console.log(same ? 'weights file up to date' : 'weights file differs from training');
    process.exitCode = same ? 0 : 1;
  } else writeFileSync(WEIGHTS_FILE, module);
}

main();
