import * as fs from 'node:fs';
import { checkDraftInSteps } from '../../server/src/engine/check/check';
import { MatchCache } from '../../server/src/engine/check/matchCache';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../server/src/engine/index/kgramIndex';
import { STATS_REQUEST } from '../../server/src/lsp/protocol';
import { fileUri, TestClient } from '../protocol/harness';
import { draftOf, generateCorpus, labelledQuotes, type World } from './generate';
import { writeWorkspace } from './startup';

// `node out/tests/bench/longDraft.js` (after a build): how long a 50,000-word draft holds the language server. In the engine: the longest step of a
// re-check after a one-paragraph edit (the server yields to its event loop between steps, so no request waits longer
// than that). Through the server: the latency of requests sent while such a re-check runs (quoteCheck/stats, which
// answers from the last published check at once; a hover on the new version waits for its check by design).
// QUOTE_CHECK_DRAFT_QUOTES (1,000 quoted paragraphs, about 50,000 words), QUOTE_CHECK_DRAFT_SOURCES (2,000 articles).

const QUOTES = Number(process.env.QUOTE_CHECK_DRAFT_QUOTES ?? 1000);
const SOURCES = Number(process.env.QUOTE_CHECK_DRAFT_SOURCES ?? 2000);
const EDITS = 5;

/** The draft with paragraph `k` (counted from the end, away from the heading) given one more sentence. */
function edited(draft: string, k: number): string {
  const paragraphs = draft.split('\n\n');
  const at = paragraphs.length - 1 - ((k * 37) % (paragraphs.length - 1));
  paragraphs[at] = `The council met again on day ${k}. ${paragraphs[at]}`;
  return paragraphs.join('\n\n');
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number): string => x.toFixed(1);

/** Each step's time of one check, run to the end. */
function stepTimes(text: string, corpus: Corpus, cache: MatchCache): number[] {
  const steps = checkDraftInSteps(text, 'markdown', corpus, { uncreditedCopyMinWords: 12, cache });
  const times: number[] = [];
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    times.push(performance.now() - start);
    if (step.done) return times;
  }
}

function engineFigures(world: World, draft: string): void {
  const corpus = new Corpus(new KGramIndex());
  for (const a of world.articles) corpus.upsert({ id: a.id, text: a.text, format: 'plaintext' });
  // Built now, as a server's load builds it: the first check's figure is the check's, not the index build's.
  corpus.retriever.search(['flush'], 1);
  const cache = new MatchCache();
  const first = stepTimes(draft, corpus, cache);
  console.log(`engine, first check: ${first.length} steps, ${ms(first.reduce((s, t) => s + t, 0))} ms in all, longest step ${ms(Math.max(...first))} ms`);
  const rounds: number[][] = [];
  for (let k = 1; k <= EDITS; k++) rounds.push(stepTimes(edited(draft, k), corpus, cache));
  const totals = rounds.map((times) => times.reduce((s, t) => s + t, 0));
  const longest = rounds.map((times) => Math.max(...times));
  // Every edit adds a sentence to one paragraph, so the re-checks have the same steps: a step that is long is long in
  // each of them, while a pause of a shared machine (another process, a collection) strikes one step of one round.
  const steady = Math.max(...rounds[0].map((_, i) => Math.min(...rounds.map((times) => times[i] ?? Infinity))));
  console.log(`engine, re-check after a one-paragraph edit (median of ${EDITS}): ${ms(median(totals))} ms in all, longest step ${ms(median(longest))} ms (worst ${ms(Math.max(...longest))} ms; the same step's best of ${EDITS} ${ms(steady)} ms)`);
}

async function serverFigures(world: World, draft: string): Promise<void> {
  const root = writeWorkspace(world.articles, draft);
  const client = new TestClient();
  try {
    await client.initialize(root);
    const uri = fileUri(root, 'draft.md');
    await client.open(uri, draft);
    await client.diagnosticsFor(uri, 1);
    const latencies: number[] = [];
    const recheckMs: number[] = [];
    let text = draft;
    for (let version = 2; version <= EDITS + 1; version++) {
      const next = edited(draft, version);
      const sent = performance.now();
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: next }] });
      text = next;
      let published = false;
      const done = client.diagnosticsFor(uri, version).then(() => (published = true));
      // Requests back to back while the re-check runs: each one's wait is the time the server held its event loop.
      while (!published) {
        const asked = performance.now();
        await client.request(STATS_REQUEST, { uri });
        latencies.push(performance.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await done;
      recheckMs.push(performance.now() - sent);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
    console.log(`server, ${EDITS} edits (${(text.length / 1024).toFixed(0)} KB draft): re-check until published, median ${median(recheckMs).toFixed(0)} ms`);
    console.log(`server, request latency during the re-checks: median ${ms(median(latencies))} ms, p95 ${ms(p95)} ms, max ${ms(sorted[sorted.length - 1])} ms (${latencies.length} requests)`);
    await codeActionFigures(client, uri, EDITS + 1);
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/**
 * What asking for fixes costs: each is tried (applied, the draft re-checked) before it is offered, the first time a
 * client asks for a finding's actions; the answer is kept for that version of the draft.
 */
async function codeActionFigures(client: TestClient, uri: string, version: number): Promise<void> {
  const published = await client.diagnosticsFor(uri, version);
  const withFixes = published.diagnostics.filter((d) => d.code === 'misquote' || d.code === 'misattribution').slice(0, 5);
  const ask = async (context: Record<string, unknown>): Promise<[number, number]> => {
    const asked = performance.now();
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: withFixes[0].range, context });
    return [performance.now() - asked, actions.length];
  };
  const first: number[] = [];
  const again: number[] = [];
  for (const diagnostic of withFixes) {
    first.push((await ask({ diagnostics: [diagnostic], only: ['quickfix'] }))[0]);
    again.push((await ask({ diagnostics: [diagnostic], only: ['quickfix'] }))[0]);
  }
  const [fixAllMs, fixAllActions] = await ask({ diagnostics: [], only: ['source.fixAll'] });
  console.log(`server, quick fixes of one finding (each fix tried first): first ask median ${ms(median(first))} ms (max ${ms(Math.max(...first))}), asked again ${ms(median(again))} ms; fix all misquotes ${ms(fixAllMs)} ms (${fixAllActions} action)`);
}

async function main(): Promise<void> {
  const world = generateCorpus(SOURCES);
  const draft = draftOf(world, labelledQuotes(world, QUOTES));
  console.log(`${SOURCES} articles; draft of ${draft.split(/\s+/).length} words (${QUOTES} quotes)`);
  engineFigures(world, draft);
  await serverFigures(world, draft);
}

if (require.main === module) {
  void main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
