import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { findPassages } from '../../server/src/engine/align/match';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../server/src/engine/index/kgramIndex';
import { generateCorpus, labelledQuotes } from './generate';
import { liveBytes, perItem, timed } from './measure';

// node out/tests/bench/locate.js [articles…] [--rounds=N] [--seconds=S] [--callgrind]: findPassages alone on the
// bench's corpora (2,000 and 20,000 articles by default), for profiling and for checking that a change to matching
// keeps its results. Prints the per-quote time over the bench's 100 quotes (wall clock as the bench takes it, and
// CPU time, which a loaded machine inflates less; both are coarse), the CPU time per label, and a digest of every
// result for those and 1,000 more quotes at limits 1, 3 and 4: the same digest, the same answers.
// --callgrind: under valgrind --tool=callgrind --instr-atstart=no, counts 10 rounds over the 100 quotes alone, after
// a warm-up and a full collection (no digest, no timing).
// --seconds=S profiles S seconds of findPassages over the 100 quotes (--label=L: those labelled L), written to
// locate-<articles>.cpuprofile.

const flags = new Map(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=') as [string, string]));
const sizes = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const rounds = Number(flags.get('rounds') ?? 20);
const seconds = Number(flags.get('seconds') ?? 0);

async function main(): Promise<void> {
  for (const n of sizes.length > 0 ? sizes : [2000, 20000]) await measure(n);
}

async function measure(n: number): Promise<void> {
  const world = generateCorpus(n);
  const corpus = new Corpus(new KGramIndex());
  const [, buildMs] = timed(() => {
    for (const a of world.articles) corpus.upsert({ id: a.id, text: a.text, format: 'plaintext' });
    corpus.retriever.search(['flush'], 1);
  });
  const labelled = labelledQuotes(world, 100);
  const quotes = labelled.map((q) => q.text);
  const more = labelledQuotes(world, 1000, 12).map((q) => q.text);
  if (flags.has('callgrind')) {
    // Under valgrind --tool=callgrind --instr-atstart=no: only these calls are counted, after a warm-up.
    for (let r = 0; r < 30; r++) for (const q of quotes) findPassages(q, corpus, 4);
    liveBytes(); // a full collection now, so that none falls in the window
    execSync(`callgrind_control -i on ${process.pid}`);
    for (let r = 0; r < 10; r++) for (const q of quotes) findPassages(q, corpus, 4);
    execSync(`callgrind_control -i off ${process.pid}`);
    return;
  }
  const digest = createHash('sha256');
  for (const limit of [1, 3, 4]) for (const q of [...quotes, ...more]) digest.update(JSON.stringify(findPassages(q, corpus, limit)));
  const perQuote = perItem(quotes, (q) => findPassages(q, corpus, 4), rounds);
  // CPU time too: on a loaded machine a process waits for a core, and that wait is no work of the code's.
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (const q of quotes) findPassages(q, corpus, 4);
    cpu = Math.min(cpu, process.cpuUsage(start).user / 1000 / quotes.length);
  }
  console.log(`${n} articles: built in ${(buildMs / 1000).toFixed(1)} s; findPassages ${perQuote.toFixed(4)} ms per quote (cpu ${cpu.toFixed(4)}); results ${digest.digest('hex').slice(0, 16)}`);
  const byLabel = new Map<string, string[]>();
  for (const q of labelled) (byLabel.get(q.label) ?? byLabel.set(q.label, []).get(q.label)!).push(q.text);
  const cpuOf = (texts: string[]) => {
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = process.cpuUsage();
      for (let k = 0; k < 5; k++) for (const q of texts) findPassages(q, corpus, 4);
      best = Math.min(best, process.cpuUsage(start).user / 1000 / texts.length / 5);
    }
    return best;
  };
  console.log(`  cpu ms per quote by label: ${[...byLabel].map(([label, texts]) => `${label} ${cpuOf(texts).toFixed(4)}`).join(', ')}`);
  if (seconds > 0) await profiled(`locate-${n}.cpuprofile`, () => {
    const end = Date.now() + seconds * 1000;
    const only = labelled.filter((q) => !flags.has('label') || q.label === flags.get('label')).map((q) => q.text);
    while (Date.now() < end) for (const q of only) findPassages(q, corpus, 4);
  });
}

/** Runs work under the CPU profiler (100 µs samples), writing the profile to file. */
async function profiled(file: string, work: () => void): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  work();
  const { profile } = (await post('Profiler.stop')) as { profile: object };
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
