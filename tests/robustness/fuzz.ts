import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ensureBundle, hasStackTrace, runCli } from '../cli/cliHarness';
import { fileUri, makeWorkspace, TestClient } from '../protocol/harness';
import { draftText, mutatedRealDraft } from './drafts';

// Fuzz runs of the shipped CLI and server with random and mutated real drafts. The test suite runs a few with a fixed
// seed; `npm run fuzz` runs many more (QUOTE_CHECK_FUZZ_RUNS, QUOTE_CHECK_FUZZ_SEED).

const anyDraft = fc.oneof(draftText, mutatedRealDraft.map((d) => d.text));
const EXTENSIONS = ['.md', '.txt', '.tex'];

/** Checks a batch of generated drafts in one CLI run: JSON out, exit 0 or 1, no stack trace, ranges inside each file. */
export function fuzzCli(seed: number, batches: number, perBatch = 8): void {
  ensureBundle();
  const samples = fc.sample(fc.array(anyDraft, { minLength: perBatch, maxLength: perBatch }), { seed, numRuns: batches });
  for (const drafts of samples) {
    const dir = makeWorkspace({});
    try {
      const files = drafts.map((text, i) => {
        const name = `draft-${i}${EXTENSIONS[i % EXTENSIONS.length]}`;
        fs.writeFileSync(path.join(dir, name), text);
        return name;
      });
      const run = runCli(['--format', 'json', ...files], dir);
      assert.ok(!hasStackTrace(run.stderr), `a crash: ${run.stderr}`);
      // Exit 2 only for a draft that is not text at all (a NUL byte makes it look binary), with its name on stderr.
      if (run.status === 2) {
        assert.ok(drafts.some((d) => d.includes('\u0000')), run.stderr);
        continue;
      }
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const report = JSON.parse(run.stdout) as { files: { path: string; findings: { range: { start: { line: number }; end: { line: number } } }[] }[] };
      for (const file of report.files) {
        const lines = fs.readFileSync(path.join(dir, file.path), 'utf8').split(/\r\n|\r|\n/).length;
        for (const f of file.findings) assert.ok(f.range.start.line >= 0 && f.range.end.line < lines, `${file.path}: line ${f.range.end.line} of ${lines}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

type Step =
  | { kind: 'change'; text: string }
  | { kind: 'edit'; at: number; remove: number; insert: string }
  | { kind: 'request'; method: string; line: number; character: number }
  | { kind: 'close-open' }
  | { kind: 'cancel' };

const step: fc.Arbitrary<Step> = fc.oneof(
  anyDraft.map((text) => ({ kind: 'change' as const, text })),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('“', '”', '"', '\n', '\r\n')) }),
  fc.record({ kind: fc.constant('request' as const), method: fc.constantFrom('textDocument/hover', 'textDocument/definition', 'textDocument/completion', 'textDocument/codeAction', 'quoteCheck/report'), line: fc.integer({ min: -2, max: 60 }), character: fc.integer({ min: -2, max: 300 }) }),
  fc.constant({ kind: 'close-open' as const }),
  fc.constant({ kind: 'cancel' as const }),
);

/** Drives the server through random sessions; it must answer every request (a result or an LSP error) and stay up. */
export async function fuzzServer(seed: number, sessions: number, steps = 40): Promise<void> {
  const plans = fc.sample(fc.tuple(anyDraft, fc.array(step, { minLength: steps, maxLength: steps })), { seed, numRuns: sessions });
  const root = makeWorkspace({});
  const client = new TestClient();
  try {
    await client.initialize(root);
    for (const [n, [first, plan]] of plans.entries()) {
      const uri = fileUri(root, `fuzz-${n}.md`);
      let text = first;
      let version = 1;
      await client.open(uri, text);
      const pending: Promise<unknown>[] = [];
      for (const s of plan) {
        if (s.kind === 'change') {
          text = s.text;
          await client.change(uri, ++version, text);
        } else if (s.kind === 'edit') {
          const at = text.length ? s.at % text.length : 0;
          const lines = text.slice(0, at).split('\n');
          const start = { line: lines.length - 1, character: lines[lines.length - 1].length };
          const endLines = text.slice(0, Math.min(text.length, at + s.remove)).split('\n');
          const end = { line: endLines.length - 1, character: endLines[endLines.length - 1].length };
          text = text.slice(0, at) + s.insert + text.slice(at + s.remove);
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start, end }, text: s.insert }] });
          // The server's copy follows LSP positions; keep ours identical by resyncing the full text now and then.
          if (s.insert.includes('\r') || /[\ud800-\udfff]/.test(s.insert)) await client.change(uri, ++version, text);
        } else if (s.kind === 'request') {
          const position = { line: s.line, character: s.character };
          // Code actions for the diagnostics last published, as a client sends them (often of an older version): their
          // fixes are tried on the server before they are offered.
          const published = client.published.filter((p) => p.uri === uri).pop()?.diagnostics ?? [];
          const codeAction = { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: published.slice(0, 3) } };
          const params = s.method === 'quoteCheck/report' ? { uri } : s.method === 'textDocument/codeAction' ? codeAction : { textDocument: { uri }, position };
          pending.push(client.request(s.method, params).catch((error: { code?: number }) => assert.ok(typeof error.code === 'number', `not an LSP error: ${String(error)}`)));
        } else if (s.kind === 'close-open') {
          await client.close(uri);
          version = 1;
          await client.open(uri, text, 'markdown', version);
        } else {
          // A request cancelled at once is answered all the same: a result or RequestCancelled.
          const source = new (await import('vscode-languageserver-protocol')).CancellationTokenSource();
          const answer = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, source.token);
          source.cancel();
          pending.push(answer.catch((error: { code?: number }) => assert.strictEqual(error.code, -32800)));
        }
      }
      await Promise.all(pending);
      const final = await client.diagnosticsFor(uri, version);
      assert.ok(Array.isArray(final.diagnostics));
      await client.close(uri);
      assert.ok(client.alive, `the server died: ${client.errorOutput}`);
    }
    assert.ok(!/Unexpected (error|rejection)/.test(client.logs.join('\n')), client.logs.filter((l) => /Unexpected/.test(l)).join('\n'));
  } finally {
    const alive = client.alive;
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
    assert.ok(alive, `the server crashed: ${client.errorOutput}`);
  }
}

/** `npm run fuzz`: the long run. */
async function main(): Promise<void> {
  const seed = Number(process.env.QUOTE_CHECK_FUZZ_SEED ?? Date.now() % 1e9);
  const runs = Number(process.env.QUOTE_CHECK_FUZZ_RUNS ?? 40);
  console.log(`fuzz: seed ${seed}, ${runs} CLI batches and ${runs} server sessions (QUOTE_CHECK_FUZZ_SEED=${seed} repeats it)`);
  fuzzCli(seed, runs);
  console.log('fuzz: CLI ok');
  await fuzzServer(seed, runs, 80);
  console.log('fuzz: server ok');
}

if (require.main === module) {
  void main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
