import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, TestClient } from '../protocol/harness';
import { type Article, draftOf, generateCorpus, labelledQuotes } from './generate';

// The language server's start on a corpus, as a writer meets it: spawn `dist/server.js`, open a draft at once, and
// time the first diagnostics for it (perhaps checked against the sources read so far) and the complete ones (after
// every source is loaded). Twice: with an empty index cache (cold) and with the cache the first start saved (warm).

export interface StartupFigures {
  readonly firstMs: number;
  readonly completeMs: number;
  /** The server's own account of the load: "N documents loaded (… from the index cache, … indexed)". */
  readonly loaded: string;
  /** Its account of where the load's time went: listing, reading, laying out the index. */
  readonly phases: string;
  /** CPU time the server process used until the complete diagnostics (Linux; NaN elsewhere): steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  /**
   * CPU time this (the measuring) process used meanwhile, its helper threads included: the full bench measures the
   * start after building big structures, and this shows whether it competed with the server for the cores.
   */
  readonly parentCpuMs: number;
  /** The server's line saying it checked the draft early against part of the sources (null if it did not). */
  readonly early: string | null;
}

/** User + system CPU time of a process so far, from /proc (NaN where there is none). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (USER_HZ, 100 on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Writes the articles as source files of a fresh workspace; the caller removes it. */
export function writeWorkspace(articles: readonly Article[], draft: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-startup-'));
  const sources = path.join(root, 'sources');
  fs.mkdirSync(sources);
  for (const a of articles) fs.writeFileSync(path.join(sources, a.id), a.text);
  fs.writeFileSync(path.join(root, 'draft.md'), draft);
  return root;
}

/** One start of the server on root with the given storage folder, until the draft's complete diagnostics. */
export async function measureStart(root: string, storage: string, draft: string): Promise<StartupFigures> {
  const started = performance.now();
  const parentCpu = process.cpuUsage();
  const client = new TestClient('ipc');
  try {
    await client.initialize(root, { initializationOptions: { storagePath: storage } });
    const uri = fileUri(root, 'draft.md');
    await client.open(uri, draft);
    await client.diagnosticsFor(uri, 1);
    const firstMs = performance.now() - started;
    const loaded = await client.log(/documents loaded/);
    // The load is told before the checks waiting on it run: the first publication after it is the complete one.
    const before = client.publishedBeforeLog[client.logs.indexOf(loaded)];
    await client.diagnostics(uri, () => client.published.length > before);
    const completeMs = performance.now() - started;
    const cpuMs = cpuMsOf(client.process.pid);
    const { user, system } = process.cpuUsage(parentCpu);
    const parentCpuMs = (user + system) / 1000;
    const phases = (await client.log(/load took/)).replace(/^.*load took/, 'load took');
    const early = client.logs.find((l) => /checked against them meanwhile/.test(l)) ?? null;
    // The next start should find the cache this one saves.
    if (!/ 0 indexed/.test(loaded)) await client.log(/Index cache: saved/);
    return { firstMs, completeMs, loaded, phases, cpuMs, parentCpuMs, early };
  } finally {
    await client.shutdown();
  }
}

/** Cold and warm starts on a corpus. */
export async function measureStartup(articles: readonly Article[], draft: string): Promise<{ cold: StartupFigures; warm: StartupFigures }> {
  const root = writeWorkspace(articles, draft);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-storage-'));
  try {
    const cold = await measureStart(root, storage, draft);
    const warm = await measureStart(root, storage, draft);
    return { cold, warm };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

// `npm run bench:startup`: the start-up figures alone, on QUOTE_CHECK_STARTUP_ARTICLES generated articles (20,000).
if (require.main === module) {
  const n = Number(process.env.QUOTE_CHECK_STARTUP_ARTICLES ?? 20000);
  const world = generateCorpus(n);
  const draft = draftOf(world, labelledQuotes(world, 100));
  void measureStartup(world.articles, draft)
    .then(({ cold, warm }) => {
      for (const [name, f] of [['cold', cold], ['warm', warm]] as const) {
        console.log(`${n} articles, ${name} cache: first diagnostics ${f.firstMs.toFixed(0)} ms, complete ${f.completeMs.toFixed(0)} ms (server CPU ${f.cpuMs.toFixed(0)} ms, bench CPU meanwhile ${f.parentCpuMs.toFixed(0)} ms); ${f.loaded}`);
        console.log(`  ${f.phases}${f.early ? ` ${f.early}` : ''}`);
      }
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
