import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBundle } from '../cli/cliHarness';
import { fileUri, makeWorkspace, REPO, TestClient } from '../protocol/harness';

// README's Security promises, checked on the shipped bundles (dist/cli.js, dist/server.js) run under Node's permission
// model: they may read only the program itself, the configured sources and the drafts, and get no permission to write
// files, start processes or workers. A preloaded guard (sideEffectGuard.ts) also logs every path handed to `fs` and
// refuses, logged, any write, process, worker, run-time code or network use, so attempts whose errors the program
// swallows show too.

/** How the guard's lines start (sideEffectGuard.ts; not imported: loading it would guard this process). */
const GUARD_MARK = 'quote-check-guard:';
const DIST = path.join(REPO, 'dist');
const CLI = path.join(DIST, 'cli.js');
const CLI_PROJECT = path.join(REPO, 'tests/fixtures/cli/project');

/** The guard, copied beside a package.json of its own so Node looks up nothing above it when loading it. */
function installGuard(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-guard-'));
  fs.copyFileSync(path.join(__dirname, 'sideEffectGuard.js'), path.join(dir, 'guard.js'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  return dir;
}

/**
 * Node flags for a run that may read only the program and the given places: no write, child process or worker
 * permission, no code from strings, the guard preloaded. The package.json above dist/ is read by Node's module loader
 * (the package's module type) and by the CLI for its version.
 */
function sandbox(guardDir: string, reads: readonly string[]): string[] {
  const allowed = [`${DIST}${path.sep}`, path.join(REPO, 'package.json'), `${guardDir}${path.sep}`, ...reads];
  return ['--experimental-permission', ...allowed.map((p) => `--allow-fs-read=${p}`), '--disallow-code-generation-from-strings', '--no-warnings', '--require', path.join(guardDir, 'guard.js')];
}

interface GuardLog {
  readonly reads: string[];
  readonly writes: string[];
  readonly refused: string[];
}

/** The guard's lines in a child's stderr: paths read (made absolute against cwd) and actions refused. */
function guardLog(stderr: string, cwd: string): GuardLog {
  const reads: string[] = [];
  const writes: string[] = [];
  const refused: string[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith(GUARD_MARK)) continue;
    const [, kind, what, detail] = /^\S+ (\w+) (\S+) (.*)$/.exec(line)!;
    const target = JSON.parse(detail) as string;
    const file = /^\d+$/.test(target) ? target : path.resolve(cwd, target.startsWith('file:') ? new URL(target).pathname : target);
    if (kind === 'read') reads.push(file);
    else if (kind === 'wrote') writes.push(file);
    else refused.push(`${what} ${target}`);
  }
  return { reads, writes, refused };
}

/** Whether a path is one of the places or lies under one (a place ending in a separator is a folder). */
const inside = (file: string, places: readonly string[]) => places.some((p) => file === p.replace(/[\\/]$/, '') || (p.endsWith(path.sep) && file.startsWith(p)));

/** The program's own files: dist/ and the package.json files from dist/ up. */
function programFiles(): string[] {
  const files = [`${DIST}${path.sep}`];
  for (let dir = DIST; path.dirname(dir) !== dir; dir = path.dirname(dir)) files.push(path.join(dir, 'package.json'));
  return files;
}

function assertOnlyRead(log: GuardLog, places: readonly string[]): void {
  const allowed = [...programFiles(), ...places];
  const outside = log.reads.filter((p) => !/^\d+$/.test(p) && !inside(p, allowed));
  assert.deepStrictEqual(outside, [], 'read outside the allowed places');
}

function runCli(guardDir: string, args: readonly string[], cwd: string, reads: readonly string[]) {
  const env = { ...process.env, QUOTE_CHECK_DEBUG: '', NODE_OPTIONS: '' };
  const plain = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  const guarded = spawnSync(process.execPath, [...sandbox(guardDir, reads), CLI, ...args], { cwd, encoding: 'utf8', env });
  return { plain, guarded, log: guardLog(guarded.stderr, cwd) };
}

/** A TestClient whose server runs with extra Node flags (the harness spawns `node <server>` with the environment). */
function sandboxedClient(flags: readonly string[], transport: 'stdio' | 'ipc' = 'stdio'): TestClient {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = flags.join(' ');
  try {
    return new TestClient(transport);
  } finally {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  }
}

describe('runtime safety: the shipped CLI and server under a sandbox', function () {
  this.timeout(60000);
  let guardDir: string;
  const scratch: string[] = [];

  before(() => {
    ensureBundle();
    guardDir = installGuard();
  });
  after(() => {
    for (const dir of [guardDir, ...scratch]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the sandbox holds: a write, a process, a worker, code from a string and a connection all fail, and are logged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-sandbox-'));
    scratch.push(dir);
    const flags = sandbox(guardDir, [`${dir}${path.sep}`]);
    const withoutGuard = flags.slice(0, -2);
    // Node 20's permission model covers files, processes and workers (eval is refused by its own flag); the network
    // only by the guard.
    const attempts: [string, string, boolean][] = [
      ['write', `require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'x'))}, 'x')`, true],
      ['process', `require('child_process').spawnSync('true')`, true],
      ['worker', `new (require('worker_threads').Worker)('1', { eval: true })`, true],
      ['eval', `eval('1 + 1')`, true],
      ['connect', `require('net').connect(9, '127.0.0.1')`, false],
      ['dns', `require('dns').lookup('localhost', () => {})`, false],
      ['fetch', `fetch('http://127.0.0.1:9/')`, false],
    ];
    const attempt = (nodeFlags: readonly string[], code: string) =>
      spawnSync(process.execPath, [...nodeFlags, '-e', `try { ${code}; console.log('allowed') } catch (e) { console.log('denied', e.code ?? e.message) }`], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    for (const [name, code, deniedByNode] of attempts) {
      const guarded = attempt(flags, code);
      assert.match(guarded.stdout, /^denied/, `${name}: ${guarded.stdout}${guarded.stderr}`);
      if (name !== 'eval') assert.ok(guardLog(guarded.stderr, dir).refused.length > 0, `${name} is logged`);
      if (deniedByNode) assert.match(attempt(withoutGuard, code).stdout, /^denied/, `${name} without the guard`);
    }
    assert.ok(!fs.existsSync(path.join(dir, 'x')));
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`the CLI (${format}) reads only the sources and the drafts named, and does nothing else`, () => {
      const drafts = ['draft.md', 'plain.txt'];
      const reads = [path.join(CLI_PROJECT, 'sources') + path.sep, ...drafts.map((d) => path.join(CLI_PROJECT, d))];
      const { plain, guarded, log } = runCli(guardDir, ['--format', format, ...drafts], CLI_PROJECT, reads);
      assert.strictEqual(plain.status, 1, plain.stderr);
      assert.strictEqual(guarded.status, plain.status, guarded.stderr);
      assert.strictEqual(guarded.stdout, plain.stdout, 'the same report as without the sandbox');
      assert.deepStrictEqual(log.refused, []);
      assertOnlyRead(log, reads);
      assert.ok(log.reads.some((p) => p.endsWith('putin-peace-proposal.txt')), 'the source was read (through the logged fs calls)');
    });
  }

  it('the CLI with a source glob and the quotes command stays inside its sources and drafts', () => {
    const reads = [path.join(CLI_PROJECT, 'sources') + path.sep, path.join(CLI_PROJECT, 'draft.md')];
    for (const args of [['--sources', 'sources/**/*.txt', '--format', 'json', 'draft.md'], ['quotes', '--format', 'json', 'draft.md']]) {
      const { plain, guarded, log } = runCli(guardDir, args, CLI_PROJECT, reads);
      assert.strictEqual(guarded.stdout, plain.stdout, `${args.join(' ')}: ${guarded.stderr}`);
      assert.strictEqual(guarded.status, plain.status);
      assert.deepStrictEqual(log.refused, []);
      assertOnlyRead(log, reads);
    }
  });

  for (const transport of ['stdio', 'ipc'] as const) {
    it(`the server (${transport}) checks open drafts, answers requests and reports reading only the sources`, async () => {
      const draft = '“If Ukrainian troops leave the territories they hold, then we will stop fighting,” Putin said.\n\nShe said: “We will never talk to Kyiv again, ever.”\n';
      const root = makeWorkspace({ 'draft.md': draft, 'private/notes.md': 'Not for the server.\n' });
      const outside = makeWorkspace({ 'elsewhere.md': '“If they don’t, we will achieve our goals militarily,” Putin said.\n' }, { sources: false });
      scratch.push(root, outside);
      const sources = path.join(root, 'sources') + path.sep;
      const client = sandboxedClient(sandbox(guardDir, [sources]), transport);
      try {
        await client.initialize(root);
        const uri = fileUri(root, 'draft.md');
        await client.open(uri, draft);
        const published = await client.diagnosticsFor(uri, 1);
        assert.deepStrictEqual(published.diagnostics.map((d) => d.code).sort(), ['misquote', 'quote-not-found']);
        const misquote = published.diagnostics.find((d) => d.code === 'misquote')!;
        const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: misquote.range, context: { diagnostics: [misquote] } });
        assert.ok(actions.length > 0, 'a quick fix');
        const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: misquote.range.start });
        assert.ok(hover, 'a hover');
        const report = await client.request<{ markdown: string } | null>('quoteCheck/report', { uri });
        assert.match(report?.markdown ?? '', /Quote report/);
        // A file outside the workspace folders is never read, whatever the request says.
        assert.strictEqual(await client.request('quoteCheck/report', { uri: pathToFileURL(path.join(outside, 'elsewhere.md')).href }), null);
        await client.request('workspace/executeCommand', { command: 'quoteCheck.recheck', arguments: [] });
        await client.diagnostics(uri, () => true, { includeReceived: false });
        assert.ok(client.alive, client.errorOutput);
      } finally {
        await client.shutdown();
      }
      const log = guardLog(client.errorOutput, root);
      assert.deepStrictEqual(log.refused, []);
      assertOnlyRead(log, [sources]);
      assert.ok(log.reads.some((p) => p.endsWith('putin-peace-proposal.txt')), 'the source was read (through the logged fs calls)');
      assert.ok(!/ERR_ACCESS_DENIED/.test(client.errorOutput + client.logs.join('\n')), 'nothing denied was even tried');
    });
  }

  it('the CLI with --cache writes its index pack into that folder, and nowhere else', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-cli-cache-'));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-cli-index-'));
    scratch.push(project, cache);
    fs.cpSync(CLI_PROJECT, project, { recursive: true });
    const reads = [path.join(project, 'sources') + path.sep, path.join(project, 'draft.md'), cache + path.sep];
    const flags = [...sandbox(guardDir, reads), `--allow-fs-write=${cache}${path.sep}`];
    const env = { ...process.env, QUOTE_CHECK_DEBUG: '', NODE_OPTIONS: '', QUOTE_CHECK_GUARD_WRITABLE: cache };
    const plain = spawnSync(process.execPath, [CLI, '--format', 'json', 'draft.md'], { cwd: project, encoding: 'utf8', env });
    for (const run of ['cold', 'warm']) {
      const guarded = spawnSync(process.execPath, [...flags, CLI, '--cache', cache, '--format', 'json', 'draft.md'], { cwd: project, encoding: 'utf8', env });
      assert.strictEqual(guarded.stdout, plain.stdout, `${run}: ${guarded.stderr}`);
      const log = guardLog(guarded.stderr, project);
      assert.deepStrictEqual(log.refused, []);
      assertOnlyRead(log, reads);
      assert.ok(log.writes.every((file) => file === cache || file.startsWith(cache + path.sep)), log.writes.join('\n'));
      assert.strictEqual(log.writes.length > 0, run === 'cold', `${run}: ${log.writes.join(', ')}`);
    }
  });

  it('the server writes its index cache into the storage folder the client names, and nowhere else', async () => {
    const draft = '“If Ukrainian troops leave the territories they hold, then we will stop fighting,” Putin said.\n';
    const root = makeWorkspace({ 'draft.md': draft });
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-storage-'));
    scratch.push(root, storage);
    const sources = path.join(root, 'sources') + path.sep;
    const flags = [...sandbox(guardDir, [sources, storage + path.sep]), `--allow-fs-write=${storage}${path.sep}`];
    for (const run of ['cold', 'warm']) {
      process.env.QUOTE_CHECK_GUARD_WRITABLE = storage;
      const client = sandboxedClient(flags);
      delete process.env.QUOTE_CHECK_GUARD_WRITABLE;
      try {
        await client.initialize(root, { initializationOptions: { storagePath: storage } });
        const uri = fileUri(root, 'draft.md');
        await client.open(uri, draft);
        assert.deepStrictEqual((await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code), ['misquote']);
        const loaded = await client.log(/documents loaded/);
        if (run === 'cold') await client.log(/Index cache: saved 1 sources/);
        else assert.match(loaded, /1 from the index cache, 0 indexed/);
      } finally {
        await client.shutdown();
      }
      const log = guardLog(client.errorOutput, root);
      assert.deepStrictEqual(log.refused, []);
      assertOnlyRead(log, [sources, storage + path.sep]);
      assert.ok(log.writes.every((file) => file === storage || file.startsWith(storage + path.sep)), log.writes.join('\n'));
      assert.strictEqual(log.writes.length > 0, run === 'cold', `${run}: ${log.writes.join(', ')}`);
    }
  });

  it('the server checks all drafts reading only inside the workspace, and reports on disk drafts there alone', async () => {
    const root = makeWorkspace({ 'draft.md': 'She said: “We will never talk to Kyiv again, ever.”\n', 'notes/second.txt': '“If they don’t, we will achieve our goals militarily,” Putin said.\n' });
    const outside = makeWorkspace({ 'elsewhere.md': '“If they don’t, we will achieve our goals militarily,” Putin said.\n' });
    scratch.push(root, outside);
    const client = sandboxedClient(sandbox(guardDir, [root + path.sep]));
    try {
      await client.initialize(root);
      const result = await client.request<{ drafts: number; problems: number }>('quoteCheck/checkAll', {});
      assert.deepStrictEqual(result, { drafts: 2, problems: 2 });
      const report = await client.request<{ markdown: string } | null>('quoteCheck/report', { uri: fileUri(root, 'notes/second.txt') });
      assert.match(report?.markdown ?? '', /notes\/second\.txt/);
      for (const file of ['elsewhere.md', 'sources/putin-peace-proposal.txt']) {
        assert.strictEqual(await client.request('quoteCheck/report', { uri: fileUri(outside, file) }), null, file);
      }
    } finally {
      await client.shutdown();
    }
    const log = guardLog(client.errorOutput, root);
    assert.deepStrictEqual(log.refused, []);
    assertOnlyRead(log, [root + path.sep]);
    assert.ok(log.reads.includes(path.join(root, 'notes/second.txt')), 'the draft on disk was read');
    assert.ok(!log.reads.some((p) => p.startsWith(outside)), 'nothing outside the workspace');
  });
});
