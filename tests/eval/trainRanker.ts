// A learned choice between candidate speakers (speakerCandidates.ts): a conditional logit, softmax over each
// quotation's candidates, linear in their features, L2-regularised, scored by leave-one-set-out cross-validation.
// Each fixture set is by another author, so a set scored by a model not trained on it measures transfer to new prose.
// `npm run eval:rank` prints per set and by cue kind, engine vs ranker spk|ext, for several scopes (which quotations the
// ranker may overrule the engine on); `--diagnose` prints the in-sample fit and how often the gold speaker is among the
// candidates where the engine errs. RANK_ITERATIONS, RANK_RATE and RANK_LAMBDA set the fit; RANK_WITHOUT_ENGINE=1 drops
// the features that say which candidate is the engine's answer. The check sets (heldout34, heldout35, fiction9,
// fiction10) are never read.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { proseView, formatForPath } from '../../server/src/engine/formats/index';
import { scanQuotations } from '../../server/src/engine/quotes/scan';
import { cueKind, matchingQuotation, rightSpeaker, type CueKind, type GoldQuote } from './attribution';
import { LITBANK_DIR } from './extraction';
import { FEATURES, KINDS, candidatesOf, placeOf } from './speakerCandidates';

const root = resolve(__dirname, '../../..');
const CHECK_SETS = new Set(['heldout34', 'heldout35', 'fiction9', 'fiction10']);

/** A candidate's nonzero features: their indices and values. */
interface Sparse { readonly at: Int32Array; readonly value: Float64Array }
/** RANK_WITHOUT_ENGINE=1: the features alone, without the engine's answer, to see what they know by themselves. */
const KEPT = FEATURES.map((f) => !(process.env.RANK_WITHOUT_ENGINE && /engine/i.test(f)));
const sparse = (f: Float64Array): Sparse => {
  const at = [...f.keys()].filter((i) => f[i] !== 0 && KEPT[i]);
  return { at: Int32Array.from(at), value: Float64Array.from(at.map((i) => f[i])) };
};

interface Row {
  readonly cue: CueKind;
  readonly engineRight: boolean;
  /** Candidates' features and whether each is the gold speaker; null where the ranker has no say (nested, transcript turns). */
  readonly features: Sparse[] | null;
  readonly labels: boolean[];
  readonly engine: number;
}
interface DevSet { readonly name: string; readonly news: boolean; readonly rows: Row[] }

function readSet(name: string, dir: string, news: boolean): DevSet {
  const rows: Row[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.quotes.json')).sort()) {
    const gold: GoldQuote[] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const path = file.replace(/\.quotes\.json$/, '.txt');
    const text = readFileSync(join(dir, path), 'utf8');
    const view = proseView(text, formatForPath(path, text));
    const { quotations } = scanQuotations(view);
    const { result, ranked: list } = candidatesOf(view, quotations);
    const ranked = new Map(list.map((r) => [placeOf(quotations[r.quote]), r]));
    const unused = result.quotations.filter((q) => q.inner.end > q.inner.start);
    for (const g of gold) {
      const i = matchingQuotation(text, unused, g.start, g.end);
      if (i < 0) continue;
      const [q] = unused.splice(i, 1);
      const r = ranked.get(placeOf(q));
      const engineRight = rightSpeaker(q.attribution.speaker, g);
      rows.push({
        cue: cueKind(q.attribution.mention),
        engineRight,
        features: r ? r.candidates.map((c) => sparse(c.features)) : null,
        labels: r ? r.candidates.map((c) => safeRight(c.speaker, g)) : [],
        engine: r ? r.engine : -1,
      });
    }
  }
  return { name, news, rows };
}

function devSets(): DevSet[] {
  const dir = join(root, 'tests/fixtures/attribution');
  const names = readdirSync(dir).filter((d) => /^(?:news|heldout\d*|fiction\d+)$/.test(d) && !CHECK_SETS.has(d));
  const order = (d: string) => [d.startsWith('fiction') ? 1 : 0, Number(d.replace(/\D/g, '') || (d === 'news' ? -1 : 1))];
  names.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  const sets = names.map((d) => readSet(d, join(dir, d), !d.startsWith('fiction')));
  if (existsSync(LITBANK_DIR)) sets.push(readSet('litbank', LITBANK_DIR, false));
  return sets;
}

const LAMBDA = Number(process.env.RANK_LAMBDA ?? 1e-3);
const ITERATIONS = Number(process.env.RANK_ITERATIONS ?? 150);
const RATE = Number(process.env.RANK_RATE ?? 0.05);

const score = (w: Float64Array, f: Sparse) => {
  let s = 0;
  for (let i = 0; i < f.at.length; i++) s += w[f.at[i]] * f.value[i];
  return s;
};

/** Fits the weights by Adam on the mean negative log-likelihood of the gold candidates, plus lambda/2 |w|². */
export function train(rows: readonly Row[], lambda = LAMBDA, iterations = ITERATIONS): Float64Array {
  const usable = rows.filter((r) => r.features && r.features.length > 1 && r.labels.some((l) => l));
  const n = FEATURES.length;
  const w = new Float64Array(n), m = new Float64Array(n), v = new Float64Array(n), grad = new Float64Array(n);
  const rate = RATE, b1 = 0.9, b2 = 0.999;
  const s = new Float64Array(usable.reduce((m, r) => Math.max(m, r.features!.length), 1));
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (const r of usable) {
      const f = r.features!;
      let top = -Infinity;
      for (let i = 0; i < f.length; i++) top = Math.max(top, (s[i] = score(w, f[i])));
      let all = 0, gold = 0;
      for (let i = 0; i < f.length; i++) {
        s[i] = Math.exp(s[i] - top);
        all += s[i];
        if (r.labels[i]) gold += s[i];
      }
      // d(-log P(gold))/dw = E_all[f] - E_gold[f]
      for (let i = 0; i < f.length; i++) {
        const c = s[i] / all - (r.labels[i] ? s[i] / gold : 0);
        if (c === 0) continue;
        for (let j = 0; j < f[i].at.length; j++) grad[f[i].at[j]] += c * f[i].value[j];
      }
    }
    for (let j = 0; j < n; j++) {
      const g = grad[j] / usable.length + lambda * w[j];
      m[j] = b1 * m[j] + (1 - b1) * g;
      v[j] = b2 * v[j] + (1 - b2) * g * g;
      w[j] -= (rate * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-8);
    }
  }
  return w;
}

/** A scope says whether the ranker's pick replaces the engine's answer. */
type Scope = (row: Row, margin: number) => boolean;
const SCOPES: [string, Scope][] = [
  ['all', () => true],
  ['engine none', (_r, d) => d === Infinity],
  ['not named', (r) => r.cue !== 'name'],
  ['no clause', (r) => r.cue === 'none'],
  ['margin>1', (_r, d) => d > 1],
  ['margin>2', (_r, d) => d > 2],
  ['margin>3', (_r, d) => d > 3],
  ['not named, margin>1', (r, d) => r.cue !== 'name' && d > 1],
  ['not named, margin>2', (r, d) => r.cue !== 'name' && d > 2],
];

/** Whether the ranker (under a scope) gets a row right. */
function rankerRight(w: Float64Array, r: Row, scope: Scope): boolean {
  if (!r.features || r.features.length === 0) return r.engineRight;
  const s = r.features.map((f) => score(w, f));
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
  const margin = r.engine < 0 ? Infinity : s[best] - s[r.engine];
  return best !== r.engine && scope(r, margin) ? r.labels[best] : r.engineRight;
}

interface Tally { n: number; engine: number; ranker: number[]; gained: number[]; lost: number[] }
const tally = (): Tally => ({ n: 0, engine: 0, ranker: SCOPES.map(() => 0), gained: SCOPES.map(() => 0), lost: SCOPES.map(() => 0) });
const pct = (x: number, n: number) => (n ? (100 * x) / n : 0).toFixed(1).padStart(5);

/** Which total a set counts into. */
const groupOf = (set: DevSet) => (set.name === 'litbank' ? 'litbank' : set.news ? 'news' : 'fiction');

/** A table's header line: its first column's title, then the engine and each scope. */
const header = (title: string) => `\n${title.padEnd(20)}   n  engine  ${SCOPES.map(([s]) => s.padStart(Math.max(6, s.length))).join(' ')}`;

/** The weights above 0.05 in size, largest first. */
const weightsLine = (w: Float64Array) =>
  [...w].map((x, i) => [FEATURES[i], x] as const).filter(([, x]) => Math.abs(x) > 0.05).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([f, x]) => `${f} ${x.toFixed(2)}`).join(', ');

function main(): void {
  const started = Date.now();
  const sets = devSets();
  const rows = sets.reduce((n, s) => n + s.rows.length, 0);
  const missing = sets.reduce((n, s) => n + s.rows.filter((r) => r.features && !r.labels.some((l) => l)).length, 0);
  console.log(`${sets.length} development sets, ${rows} extracted gold quotations (${missing} with no right candidate), read in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  if (process.argv.includes('--diagnose')) return diagnose(sets);
  console.log(header('set'));
  const groups = new Map<string, Tally>();
  for (const g of ['news', 'fiction', 'litbank']) for (const k of ['all', ...KINDS]) groups.set(`${g} ${k}`, tally());
  for (const held of sets) {
    const w = train(sets.filter((s) => s !== held).flatMap((s) => s.rows));
    const t = tally();
    const group = groupOf(held);
    for (const r of held.rows) {
      const right = SCOPES.map(([, scope]) => rankerRight(w, r, scope));
      for (const x of [t, groups.get(`${group} all`)!, groups.get(`${group} ${r.cue}`)!]) {
        x.n++;
        x.engine += +r.engineRight;
        right.forEach((ok, i) => {
          x.ranker[i] += +ok;
          if (ok !== r.engineRight) (ok ? x.gained : x.lost)[i]++;
        });
      }
    }
    console.log(`${held.name.padEnd(20)} ${String(t.n).padStart(4)}  ${pct(t.engine, t.n)}   ${t.ranker.map((x, i) => pct(x, t.n).padStart(Math.max(6, SCOPES[i][0].length))).join(' ')}`);
  }
  console.log(header('group'));
  for (const [name, t] of groups) console.log(`${name.padEnd(20)} ${String(t.n).padStart(5)} ${pct(t.engine, t.n)}   ${t.ranker.map((x, i) => pct(x, t.n).padStart(Math.max(6, SCOPES[i][0].length))).join(' ')}`);
  console.log(`\nquotations the ranker gets right / wrong where the engine did not / did`);
  for (const [name, t] of groups) if (name.endsWith(' all')) console.log(`${name.padEnd(20)} ${SCOPES.map(([scope], i) => `${scope} +${t.gained[i]}/-${t.lost[i]}`).join(', ')}`);
  const w = train(sets.flatMap((s) => s.rows));
  console.log('\nweights trained on every development set (largest first):');
  console.log(weightsLine(w));
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)}s`);
}

main();

/** rightSpeaker, for candidates the engine never answers with: sameDocument cannot read a lone determiner ("one"). */
function safeRight(speaker: string, g: GoldQuote): boolean {
  try {
    return rightSpeaker(speaker, g);
  } catch {
    console.error(`unscorable candidate ${JSON.stringify(speaker)}`);
    return false;
  }
}

/** In-sample figures: how often the gold speaker is a candidate where the engine is wrong, and the fit on everything. */
function diagnose(sets: readonly DevSet[]): void {
  const all = sets.flatMap((s) => s.rows);
  const w = train(all);
  for (const group of ['news', 'fiction', 'litbank']) {
    const rows = sets.filter((s) => groupOf(s) === group).flatMap((s) => s.rows);
    for (const cue of KINDS) {
      const r = rows.filter((x) => x.cue === cue);
      const wrong = r.filter((x) => !x.engineRight);
      const reachable = wrong.filter((x) => x.labels.some((l) => l)).length;
      const cands = r.reduce((n, x) => n + (x.features?.length ?? 0), 0) / r.length;
      const fit = r.filter((x) => rankerRight(w, x, () => true)).length;
      console.log(`${group} ${cue}: ${r.length} quotations, ${cands.toFixed(1)} candidates, engine ${pct(r.length - wrong.length, r.length)}, wrong with gold a candidate ${reachable}/${wrong.length}, in-sample ranker ${pct(fit, r.length)}`);
    }
  }
  console.log(weightsLine(w));
}
