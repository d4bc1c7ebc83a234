import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CompletionList, Diagnostic, Hover, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { applyEdits, fileUri, makeWorkspace, positionAt, rangeOf, REPO, TestClient } from './harness';

const DRAFT = fs.readFileSync(path.join(REPO, 'tests/fixtures/protocol/draft.md'), 'utf8');

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
const at = (p: PublishDiagnosticsParams, code: string): Diagnostic | undefined => p.diagnostics.find((d) => d.code === code);
/** The line of the draft a diagnostic starts on. */
const lineText = (text: string, d: Diagnostic): string => text.split('\n')[d.range.start.line];

describe('language server over stdio', function () {
  let client: TestClient;
  let root: string;
  let uri: string;

  async function start(files: Record<string, string> = { 'draft.md': DRAFT }, options: { sources?: boolean; settings?: Record<string, unknown> } = {}): Promise<void> {
    root = makeWorkspace(files, options);
    uri = fileUri(root, 'draft.md');
    client = new TestClient();
    if (options.settings) client.settings[''] = options.settings;
    await client.initialize(root);
  }

  afterEach(async () => {
    const alive = client.alive;
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
    assert.ok(alive, `the server process crashed: ${client.errorOutput}`);
  });

  it('publishes one diagnostic per problem with its code, source and related source passage', async () => {
    await start();
    await client.open(uri, DRAFT);
    const published = await client.diagnosticsFor(uri, 1);
    assert.deepStrictEqual(codes(published).sort(), ['misattribution', 'misquote', 'quote-not-found']);
    for (const d of published.diagnostics) assert.strictEqual(d.source, 'quote-check');
    assert.match(lineText(DRAFT, at(published, 'misquote')!), /they hold/);
    assert.match(lineText(DRAFT, at(published, 'quote-not-found')!), /never talk to Kyiv/);
    assert.match(lineText(DRAFT, at(published, 'misattribution')!), /more confident/);
    const related = at(published, 'misquote')!.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri === fileUri(root, 'sources/putin-peace-proposal.txt')), 'the source passage is linked');
  });

  it('counts positions in UTF-16 code units, as LSP does', async () => {
    const text = DRAFT.replace('“If Ukrainian', '😀🇺🇦 “If Ukrainian');
    await start({ 'draft.md': text });
    await client.open(uri, text);
    const misquote = at(await client.diagnosticsFor(uri, 1), 'misquote')!;
    const line = text.split('\n')[misquote.range.start.line];
    assert.match(line.slice(misquote.range.start.character), /^“?If Ukrainian/);
  });

  it('applies the preferred quick fix of a misquote, and the diagnostic goes', async () => {
    await start();
    await client.open(uri, DRAFT);
    const published = await client.diagnosticsFor(uri, 1);
    const misquote = at(published, 'misquote')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: misquote.range,
      context: { diagnostics: [misquote] },
    });
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1);
    assert.strictEqual(preferred[0].kind, 'quickfix');
    const fixed = applyEdits(DRAFT, preferred[0].edit!.changes![uri]);
    assert.match(fixed, /If Ukrainian troops leave the territories they occupy, then we will stop fighting/);
    // Nothing outside the quotation moved.
    assert.strictEqual(fixed.replace('they occupy', 'they hold'), DRAFT);
    await client.change(uri, 2, fixed);
    const after = await client.diagnosticsFor(uri, 2);
    assert.ok(!codes(after).includes('misquote'), `no misquote left: ${codes(after)}`);
  });

  it('offers "fix all misquotes" as a source action', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind, 'source.fixAll.quoteCheck');
    assert.match(applyEdits(DRAFT, actions[0].edit!.changes![uri]), /they occupy, then/);
  });

  it('offers only quick fixes after which their diagnostic is gone, each tried before it is offered', async () => {
    await start();
    await client.open(uri, DRAFT);
    let published = await client.diagnosticsFor(uri, 1);
    let version = 1;
    let tried = 0;
    for (const code of codes(published)) {
      // Actions answer diagnostics of the document's current version only.
      const diagnostic = at(published, code)!;
      const context = { diagnostics: [diagnostic], only: ['quickfix'] };
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context });
      for (const action of actions) {
        const fixed = applyEdits(DRAFT, action.edit!.changes![uri]);
        await client.change(uri, ++version, fixed);
        const after = await client.diagnosticsFor(uri, version);
        const count = (p: PublishDiagnosticsParams) => codes(p).filter((c) => c === diagnostic.code).length;
        assert.strictEqual(count(after), count(published) - 1, `after "${action.title}"`);
        await client.change(uri, ++version, DRAFT);
        published = await client.diagnosticsFor(uri, version);
        tried++;
      }
    }
    assert.ok(tried >= 2, `${tried} fixes offered`);
  });

  it('answers a diagnostic of an older version with no actions, and leaves fix-all out of automatic requests', async () => {
    await start();
    await client.open(uri, DRAFT);
    const old = at(await client.diagnosticsFor(uri, 1), 'misquote')!;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const ask = (context: Record<string, unknown>) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context });
    const titles = (actions: CodeAction[]) => actions.map((a) => a.title);
    assert.deepStrictEqual(titles(await ask({ diagnostics: [], triggerKind: 2 })), []);
    assert.deepStrictEqual(titles(await ask({ diagnostics: [], triggerKind: 1 })), ['Fix all misquotes in this file']);
    await client.change(uri, 2, `${DRAFT}\n`);
    await client.diagnosticsFor(uri, 2);
    assert.deepStrictEqual(titles(await ask({ diagnostics: [old], only: ['quickfix'] })), []);
  });

  it('hovers a quote with its source passage, file and line, and the diff of a misquote', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(DRAFT, 'territories they hold').start });
    assert.ok(hover, 'a hover');
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.strictEqual((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(value, /leave the territories they occupy/);
    assert.match(value, /putin-peace-proposal\.txt` line \d+/);
    assert.match(value, /~~hold~~ \*\*occupy\*\*/);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.strictEqual(nothing, null);
  });

  it('goes to the definition of a quote: the passage in the source file', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const location = await client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: rangeOf(DRAFT, 'this could be the basis').start });
    assert.ok(location);
    assert.strictEqual(location.uri, fileUri(root, 'sources/putin-peace-proposal.txt'));
    const source = fs.readFileSync(path.join(root, 'sources/putin-peace-proposal.txt'), 'utf8');
    const lines = source.split('\n');
    assert.strictEqual(location.range.start.line, location.range.end.line);
    const words = lines[location.range.start.line].slice(location.range.start.character, location.range.end.character);
    assert.match(words, /^In general, we agree that this could be the basis for future agreements/);
  });

  it('completes an exact quote after an opening mark and two words, replacing them and closing the quote', async () => {
    await start();
    const text = 'Putin said: “if ukrainian';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionAt(text, text.length), context: { triggerKind: 1 } });
    assert.ok(list.items.length >= 1);
    const item = list.items[0];
    const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    assert.strictEqual(applyEdits(text, [edit]), 'Putin said: “If Ukrainian troops leave the territories they occupy, then we will stop fighting,”');
    assert.match(item.detail ?? '', /putin-peace-proposal\.txt/);
  });

  it('re-checks open drafts when a source file changes on disk', async () => {
    await start();
    await client.open(uri, DRAFT);
    assert.ok(codes(await client.diagnosticsFor(uri, 1)).includes('quote-not-found'));
    const added = path.join(root, 'sources/interview.txt');
    fs.writeFileSync(added, '“We will never talk to Kyiv again under any circumstances whatsoever,” Putin told the reporters.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(root, 'sources/interview.txt'), type: 1 }] });
    const after = await client.diagnostics(uri, (p) => !codes(p).includes('quote-not-found'), { includeReceived: false });
    assert.ok(codes(after).includes('misquote'), 'the rest is still checked');
  });

  it('registers file watchers for the configured source locations', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const watch = await client.registration('workspace/didChangeWatchedFiles');
    const patterns = JSON.stringify(watch.registerOptions);
    assert.match(patterns, /sources\/\*\*/);
  });

  it('applies a configuration change without a restart: severity off hides a code', async () => {
    await start();
    await client.open(uri, DRAFT);
    const before = await client.diagnosticsFor(uri, 1);
    assert.strictEqual(at(before, 'misquote')?.severity, 2);
    client.settings[''] = { severity: { misquote: 'off', 'quote-not-found': 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnostics(uri, (p) => !codes(p).includes('misquote'), { includeReceived: false });
    assert.strictEqual(at(after, 'quote-not-found')?.severity, 1);
  });

  it('survives malformed settings: defaults and a log line', async () => {
    await start(undefined, { settings: { debounceMs: 'soon', severity: 42, sources: 'sources' } });
    await client.open(uri, DRAFT);
    const published = await client.diagnosticsFor(uri, 1);
    assert.ok(codes(published).includes('misquote'));
    assert.ok(client.logs.some((l) => /debounceMs/.test(l)), 'the bad setting is logged');
  });

  it('honours ignore comments', async () => {
    const text = DRAFT.replace('“If Ukrainian', '<!-- quote-check-disable-next-line misquote -->\n“If Ukrainian');
    await start({ 'draft.md': text });
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    assert.deepStrictEqual(codes(published).sort(), ['misattribution', 'quote-not-found']);
  });

  it('answers requests with bad positions, unknown documents and garbage without crashing', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const far = { line: 9999, character: 9999 };
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: -4, character: -1 } }), null);
    assert.strictEqual(await client.request('textDocument/definition', { textDocument: { uri: 'file:///nowhere.md' }, position: far }), null);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 'x' } }), null);
    const completion = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: far });
    assert.ok(completion === null || completion.items.length === 0);
    assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: { uri: 'untitled:x' }, range: { start: far, end: far }, context: { diagnostics: [] } }), []);
    assert.strictEqual(await client.request('quoteCheck/report', { uri: 42 }), null);
    await client.change('file:///never-opened.md', 3, 'text');
    await client.close('file:///never-opened.md');
    // Still serving: a fresh change is checked.
    await client.change(uri, 2, DRAFT);
    await client.diagnosticsFor(uri, 2);
  });

  it('after a storm of changes publishes the last version, and never an older one after it', async function () {
    await start({ 'draft.md': '' });
    await client.open(uri, '');
    await client.diagnosticsFor(uri, 1);
    const last = 60;
    for (let v = 2; v <= last; v++) await client.change(uri, v, DRAFT.slice(0, Math.round((DRAFT.length * v) / last)));
    const final = await client.diagnosticsFor(uri, last);
    assert.deepStrictEqual(codes(final).sort(), ['misattribution', 'misquote', 'quote-not-found']);
    // A request round trip lets anything still in flight arrive.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    const lastIndex = versions.lastIndexOf(last);
    assert.ok(versions.slice(lastIndex).every((v) => v === last), `published after the last version: ${versions}`);
    assert.ok(versions.every((v, i) => i === 0 || v >= versions[i - 1]), `versions never go back: ${versions}`);
    assert.ok(versions.length < last, `debounced: ${versions.length} publications for ${last} versions`);
  });

  it('answers other requests while a long draft is checked, and never publishes a check an edit overtook', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const long = Array.from({ length: 300 }, () => DRAFT).join('\n\n');
    await client.change(uri, 2, long);
    // A hover on version 2 waits for its check, which starts at once; quoteCheck/stats, sent after it, answers from
    // the last published check: it is answered first only if the check lets the server serve requests meanwhile.
    const answered: string[] = [];
    const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).then(() => answered.push('hover'));
    const stats = client.request<{ quotes: number }>('quoteCheck/stats', { uri }).then((s) => answered.push(`stats ${s.quotes}`));
    // Version 3 arrives while version 2 is being checked: that check's result is of a text the writer no longer has.
    await client.change(uri, 3, `${long}\n\nOne more line.\n`);
    await Promise.all([hover, stats]);
    assert.deepStrictEqual(answered, ['stats 4', 'hover']);
    const final = await client.diagnosticsFor(uri, 3);
    assert.ok(final.diagnostics.length >= 300, `${final.diagnostics.length} diagnostics for 300 copies of the draft`);
    await client.request('quoteCheck/stats', { uri });
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.ok(!versions.includes(2), `the overtaken version 2 was published: ${versions}`);
  });

  it('without a sources folder: one warning, drafts still read, no "not found" noise', async () => {
    await start({ 'draft.md': DRAFT }, { sources: false });
    await client.open(uri, DRAFT);
    const first = await client.diagnosticsFor(uri, 1);
    assert.ok(!codes(first).includes('quote-not-found'));
    for (let v = 2; v <= 4; v++) await client.change(uri, v, DRAFT + ' '.repeat(v));
    await client.diagnosticsFor(uri, 4);
    const warnings = client.messages.filter((m) => /no source documents/.test(m.message));
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0].message, /quoteCheck\.sources/);
  });

  it('answers quoteCheck/report with a Markdown quote report and quoteCheck/stats with counts', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const report = await client.request<{ markdown: string }>('quoteCheck/report', { uri });
    assert.match(report.markdown, /^# Quote report: draft\.md/);
    assert.match(report.markdown, /Verified/);
    assert.match(report.markdown, /putin-peace-proposal\.txt` line \d+/);
    const stats = await client.request<{ quotes: number; verified: number; problems: number }>('quoteCheck/stats', { uri });
    assert.strictEqual(stats.quotes, 4);
    assert.strictEqual(stats.problems, 3);
    assert.ok(stats.verified >= 1);
  });

  it('reports on a draft from disk only when it really lies in the workspace, and on an open one from its text', async () => {
    await start({ 'draft.md': DRAFT, 'notes/second.md': DRAFT });
    const outside = makeWorkspace({ 'secret.md': DRAFT }, { sources: false });
    try {
      fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'linked.md'));
      fs.symlinkSync(outside, path.join(root, 'elsewhere'));
      for (const name of ['linked.md', 'elsewhere/secret.md']) assert.strictEqual(await client.request('quoteCheck/report', { uri: fileUri(root, name) }), null, name);
      const onDisk = await client.request<{ markdown: string } | null>('quoteCheck/report', { uri: fileUri(root, 'notes/second.md') });
      assert.match(onDisk?.markdown ?? '', /^# Quote report: notes\/second\.md/);
      // An open document is the editor's to send: its text is reported, wherever its file lies.
      await client.open(fileUri(root, 'linked.md'), DRAFT);
      const open = await client.request<{ markdown: string } | null>('quoteCheck/report', { uri: fileUri(root, 'linked.md') });
      assert.match(open?.markdown ?? '', /Verified/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('checks every draft of the workspace on quoteCheck/checkAll, sources excluded', async () => {
    await start({ 'draft.md': DRAFT, 'notes/second.txt': 'She said: “We will never talk to Kyiv again, ever.”\n' });
    const result = await client.request<{ drafts: number; problems: number }>('quoteCheck/checkAll', {});
    assert.strictEqual(result.drafts, 2);
    const second = client.published.find((p) => p.uri === fileUri(root, 'notes/second.txt'));
    assert.ok(second && codes(second).includes('quote-not-found'));
    assert.ok(!client.published.some((p) => p.uri.includes('/sources/')), 'sources are not drafts');
  });

  it('re-checks on the quoteCheck.recheck command', async () => {
    await start();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const count = client.published.length;
    await client.request('workspace/executeCommand', { command: 'quoteCheck.recheck', arguments: [] });
    await client.diagnostics(uri, () => true, { includeReceived: false });
    assert.ok(client.published.length > count);
  });
});

describe('language server: transports, folders and document lifecycles', function () {
  const roots: string[] = [];
  let client: TestClient;

  afterEach(async () => {
    const alive = client.alive;
    await client.shutdown();
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
    assert.ok(alive, `the server process crashed: ${client.errorOutput}`);
  });

  it('speaks LSP over node IPC as well as stdio', async () => {
    roots.push(makeWorkspace({ 'draft.md': DRAFT }));
    client = new TestClient('ipc');
    const result = (await client.initialize(roots[0])) as { capabilities: { hoverProvider?: boolean } };
    assert.strictEqual(result.capabilities.hoverProvider, true);
    const uri = fileUri(roots[0], 'draft.md');
    await client.open(uri, DRAFT);
    assert.ok(codes(await client.diagnosticsFor(uri, 1)).includes('misquote'));
  });

  it('checks each workspace folder against its own sources and settings', async () => {
    const withSeed = makeWorkspace({ 'draft.md': DRAFT });
    const elsewhere = makeWorkspace({ 'library/interview.txt': '“We will never talk to Kyiv again under any circumstances whatsoever,” Putin told the reporters.\n', 'draft.md': DRAFT }, { sources: false });
    roots.push(withSeed, elsewhere);
    client = new TestClient();
    client.settings[fileUri(elsewhere, '').replace(/\/$/, '')] = { sources: ['library'] };
    await client.initialize([withSeed, elsewhere]);
    const first = fileUri(withSeed, 'draft.md');
    const second = fileUri(elsewhere, 'draft.md');
    await client.open(first, DRAFT);
    await client.open(second, DRAFT);
    const a = await client.diagnosticsFor(first, 1);
    const b = await client.diagnosticsFor(second, 1);
    assert.ok(codes(a).includes('quote-not-found'), `first folder: ${codes(a)}`);
    // The second folder's only source holds the made-up quote, not the article.
    const notFound = b.diagnostics.filter((d) => d.code === 'quote-not-found').map((d) => lineText(DRAFT, d));
    assert.ok(!notFound.some((line) => /never talk to Kyiv/.test(line)), `second folder: ${codes(b)}`);
    assert.ok(notFound.some((line) => /they hold/.test(line)), `second folder: ${codes(b)}`);
  });

  it('checks drafts when the client opens no workspace, without sources', async () => {
    roots.push(makeWorkspace({ 'draft.md': DRAFT }));
    client = new TestClient();
    await client.initialize(null);
    const uri = 'untitled:Untitled-1';
    await client.open(uri, DRAFT);
    const published = await client.diagnosticsFor(uri, 1);
    assert.ok(!codes(published).includes('quote-not-found'));
  });

  it('clears diagnostics on close and survives an open/change/close storm', async () => {
    const root = makeWorkspace({ 'draft.md': DRAFT });
    roots.push(root);
    client = new TestClient();
    await client.initialize(root);
    const uri = fileUri(root, 'draft.md');
    for (let round = 0; round < 20; round++) {
      await client.open(uri, DRAFT, 'markdown', 1);
      await client.change(uri, 2, DRAFT.slice(0, round * 7));
      await client.close(uri);
    }
    await client.close(uri);
    await client.open(uri, DRAFT, 'markdown', 5);
    assert.ok(codes(await client.diagnosticsFor(uri, 5)).includes('misquote'));
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined, { includeReceived: false });
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it('watches the source folders itself when the client cannot register a file watcher', async () => {
    const root = makeWorkspace({ 'draft.md': DRAFT });
    roots.push(root);
    client = new TestClient();
    await client.initialize(root, { watchFiles: false });
    const uri = fileUri(root, 'draft.md');
    await client.open(uri, DRAFT);
    assert.ok(codes(await client.diagnosticsFor(uri, 1)).includes('quote-not-found'));
    assert.ok(!client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    fs.writeFileSync(path.join(root, 'sources/interview.txt'), '“We will never talk to Kyiv again under any circumstances whatsoever,” Putin told the reporters.\n');
    const after = await client.diagnostics(uri, (p) => !codes(p).includes('quote-not-found'), { includeReceived: false });
    assert.ok(codes(after).includes('misquote'));
  });

  it('checks nothing for a disabled folder or a language it does not check', async () => {
    const root = makeWorkspace({ 'draft.md': DRAFT });
    roots.push(root);
    client = new TestClient();
    client.settings[''] = { languages: ['markdown'] };
    await client.initialize(root);
    const text = fileUri(root, 'draft.txt');
    await client.open(text, DRAFT, 'plaintext');
    assert.deepStrictEqual((await client.diagnosticsFor(text, 1)).diagnostics, []);
    client.settings[''] = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = fileUri(root, 'draft.md');
    await client.open(uri, DRAFT);
    assert.deepStrictEqual((await client.diagnosticsFor(uri, 1)).diagnostics, []);
  });
});
