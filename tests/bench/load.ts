import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri, makeWorkspace, REPO, TestClient } from '../protocol/harness';

// `npm run bench:load`: the language server under a storm of edits (a few hundred changes a second) on a large draft
// against a large corpus. Prints memory over time, the round-trip latency of hover requests sent during the storm
// (responsiveness), and whether any publication went back to an older version than one already published.
// QUOTE_CHECK_LOAD_SECONDS (default 60), QUOTE_CHECK_LOAD_SOURCES (default 2000 generated articles).

const SECONDS = Number(process.env.QUOTE_CHECK_LOAD_SECONDS ?? 60);
const SOURCES = Number(process.env.QUOTE_CHECK_LOAD_SOURCES ?? 2000);
const CHANGES_PER_SECOND = 300;

const SEED = fs.readFileSync(path.join(REPO, 'sources/putin-peace-proposal.txt'), 'utf8');
const WORDS = SEED.toLowerCase().match(/[a-z]+/g)!;

/** A deterministic article of shuffled seed words with a few quotations, different for each n. */
function article(n: number): string {
  let state = n * 2654435761;
  const next = () => ((state = (state * 1103515245 + 12345) >>> 0) % WORDS.length);
  const sentences: string[] = [];
  for (let s = 0; s < 30; s++) {
    const words = Array.from({ length: 12 + (s % 9) }, () => WORDS[next()]).join(' ');
    sentences.push(s % 5 === 0 ? `“${words},” Speaker${n % 50} said.` : `${words[0].toUpperCase()}${words.slice(1)}.`);
  }
  return sentences.join(' ');
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function main(): Promise<void> {
  const files: Record<string, string> = {};
  for (let i = 0; i < SOURCES; i++) files[`sources/generated/a${i}.txt`] = article(i);
  const root = makeWorkspace(files);
  // A large draft: the seed draft's quotes among 2,000 paragraphs of prose and quotations.
  const base = fs.readFileSync(path.join(REPO, 'tests/fixtures/protocol/draft.md'), 'utf8');
  const draft = [base, ...Array.from({ length: 2000 }, (_, i) => (i % 4 === 0 ? `“${article(i).slice(0, 120)}” she said.` : article(i + 7).slice(0, 300)))].join('\n\n');
  const client = new TestClient();
  const pid = client.process.pid!;
  const started = Date.now();
  await client.initialize(root);
  const uri = fileUri(root, 'draft.md');
  await client.open(uri, draft);
  await client.diagnosticsFor(uri, 1);
  console.log(`corpus: ${SOURCES} sources; draft: ${(draft.length / 1024).toFixed(0)} KB; first check after ${Date.now() - started} ms; rss ${mb(rssOf(pid))} MB`);

  let version = 1;
  const latencies: number[] = [];
  const rss: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  let tick = 0;
  while (Date.now() < end) {
    // A typing burst: insert a character somewhere in the middle, as an incremental change.
    const line = 10 + (tick % 400);
    const change = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: tick % 7 === 0 ? '\n' : 'x' };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    if (tick % CHANGES_PER_SECOND === 0) {
      const sent = Date.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
      latencies.push(Date.now() - sent);
      rss.push(rssOf(pid));
    }
    tick++;
    if (tick % 10 === 0) await new Promise((r) => setTimeout(r, 1000 / (CHANGES_PER_SECOND / 10)));
  }
  const last = await client.diagnosticsFor(uri, version);
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
  const wentBack = versions.filter((v, i) => i > 0 && v < versions[i - 1]).length;
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  console.log(`storm: ${version - 1} changes in ${SECONDS} s (${((version - 1) / SECONDS).toFixed(0)}/s); ${versions.length} publications; final version ${last.version} published; publications going back in version: ${wentBack}`);
  console.log(`hover latency during the storm: median ${pct(50)} ms, p95 ${pct(95)} ms, max ${sorted[sorted.length - 1]} ms (${latencies.length} samples)`);
  console.log(`server rss: start ${mb(rss[0])} MB, max ${mb(Math.max(...rss))} MB, end ${mb(rss[rss.length - 1])} MB`);
  console.log(`server alive: ${client.alive}`);
  await client.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
