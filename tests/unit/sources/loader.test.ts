import * as assert from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSourceFile, listSourceFiles, loadSources, readSourceFile, sourceId } from '../../../server/src/sources/loader';
import { toSlashes } from '../../../server/src/sources/locations';
import { resolveLocation } from '../../../server/src/sources/locations';

/** Whether chmod 000 actually stops this process reading (it does not for root). */
function permissionsEnforced(dir: string): boolean {
  const probe = path.join(dir, '.probe');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o600);
    rmSync(probe);
  }
}

describe('source loader', () => {
  let root: string;
  const write = (rel: string, content: string | Uint8Array): string => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'quote-check-sources-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('lists source files of a folder recursively, with ids relative to the root in forward slashes', async () => {
    write('sources/a.txt', 'A');
    write('sources/deep/b.md', 'B');
    write('sources/deep/c.tex', 'C');
    write('sources/e.vtt', 'WEBVTT');
    write('sources/f.srt', '1');
    write('sources/ignored.pdf', 'P');
    write('sources/node_modules/x.txt', 'X');
    const { documents, problems } = await loadSources(root, ['sources']);
    assert.deepStrictEqual(documents.map((d) => d.id).sort(), ['sources/a.txt', 'sources/deep/b.md', 'sources/deep/c.tex', 'sources/e.vtt', 'sources/f.srt']);
    assert.deepStrictEqual(problems, []);
    const formats = Object.fromEntries(documents.map((d) => [d.id, d.format]));
    assert.strictEqual(formats['sources/a.txt'], 'plaintext');
    assert.strictEqual(formats['sources/deep/b.md'], 'markdown');
    assert.strictEqual(formats['sources/deep/c.tex'], 'latex');
  });

  it('does not warn about a glob or folder whose files an earlier entry already loaded, and still warns about an empty one', async () => {
    write('sources/a.txt', 'A');
    write('sources/deep/b.md', 'B');
    mkdirSync(path.join(root, 'empty'));
    const { files, problems } = await listSourceFiles(root, ['sources', 'sources/**/*.md', 'sources/deep', 'sources/*.pdf', 'empty']);
    assert.deepStrictEqual(files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort(), ['sources/a.txt', 'sources/deep/b.md']);
    assert.deepStrictEqual(problems.map((p) => `${p.path}: ${p.message}`), [
      'sources/*.pdf: matches no source files',
      'empty: is a folder with no source files (.txt, .md, .markdown, .tex, .vtt, .srt)',
    ]);
  });

  it('names a file by its path relative to the root as path.relative gives it, or by its absolute path outside', () => {
    const byRelative = (file: string, root: string) => {
      const rel = path.relative(root, file);
      return rel.startsWith('..') || path.isAbsolute(rel) ? toSlashes(path.resolve(file)) : toSlashes(rel);
    };
    const root = path.resolve('/work/news');
    const files = ['a.txt', 'sub/b.md', './c.txt', 'sub/../d.txt', 'sub//e.txt', '.hidden/f.txt', '..g/h.txt', '../x.txt', 'sub/..'];
    for (const file of [...files.map((f) => `${root}${path.sep}${f}`), path.resolve('/work/newsroom/a.txt'), path.resolve('/elsewhere/a.txt')]) {
      for (const at of [root, `${root}${path.sep}`, path.parse(root).root]) assert.strictEqual(sourceId(file, at), byRelative(file, at), `${file} in ${at}`);
    }
  });

  it('reads globs relative to the root', async () => {
    write('archive/2024/a.txt', 'A');
    write('archive/2024/b.md', 'B');
    write('archive/c.txt', 'C');
    write('other/d.txt', 'D');
    const { files } = await listSourceFiles(root, ['archive/**/*.txt']);
    assert.deepStrictEqual(files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort(), ['archive/2024/a.txt', 'archive/c.txt']);
  });

  it('reads a file named directly, and each file once however many entries reach it', async () => {
    write('sources/a.txt', 'A');
    const { documents } = await loadSources(root, ['sources', 'sources/a.txt', 'sources/*.txt']);
    assert.deepStrictEqual(documents.map((d) => d.id), ['sources/a.txt']);
  });

  it('walks a folder in full even after a glob walked part of it', async () => {
    write('sources/a.md', 'A');
    write('sources/b.txt', 'B');
    const { documents } = await loadSources(root, ['sources/*.md', 'sources']);
    assert.deepStrictEqual(documents.map((d) => d.id).sort(), ['sources/a.md', 'sources/b.txt']);
  });

  it('keeps the text the engine sees: BOM dropped, line ends kept', async () => {
    write('sources/a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('one\r\ntwo\rthree', 'utf8')]));
    const { documents } = await loadSources(root, ['sources']);
    assert.strictEqual(documents[0].text, 'one\r\ntwo\rthree');
  });

  it('skips binary, empty and oversized files with a message each, and loads the rest', async () => {
    write('sources/good.txt', 'Good text.');
    write('sources/binary.txt', Buffer.from([0x00, 0x01, 0x02, 0x03]));
    write('sources/empty.md', '');
    write('sources/huge.txt', 'x'.repeat(2 * 1024 * 1024 + 1));
    const { documents, problems } = await loadSources(root, ['sources'], { maxFileSizeMB: 2 });
    assert.deepStrictEqual(documents.map((d) => d.id), ['sources/good.txt']);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    assert.match(byPath['sources/binary.txt'].message, /binary/);
    assert.match(byPath['sources/empty.md'].message, /empty/);
    assert.match(byPath['sources/huge.txt'].message, /larger than 2 MB/);
    assert.ok(problems.every((p) => p.skipped));
  });

  it('loads invalid UTF-8 with a warning that does not skip it', async () => {
    write('sources/latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const { documents, problems } = await loadSources(root, ['sources']);
    assert.strictEqual(documents[0].text, 'caf\uFFFD');
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].skipped, false);
  });

  it('says when the sources folder is missing, empty, or a file', async () => {
    write('notes', 'I am a file');
    mkdirSync(path.join(root, 'empty'));
    const { documents, problems } = await loadSources(root, ['missing', 'empty', 'notes']);
    assert.deepStrictEqual(documents, []);
    assert.deepStrictEqual(
      problems.map((p) => p.path),
      ['missing', 'empty', 'notes'],
    );
    assert.match(problems[0].message, /does not exist/);
    assert.match(problems[1].message, /no source files/);
    assert.match(problems[2].message, /is a file, not a folder/);
  });

  it('rejects a relative location that leaves the root, and accepts an absolute one', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'quote-check-outside-'));
    try {
      writeFileSync(path.join(outside, 'far.txt'), 'Far away.');
      const relative = path.relative(root, outside);
      const escaped = await loadSources(root, [relative, '../*.txt', 'sources/../../x']);
      assert.deepStrictEqual(escaped.documents, []);
      assert.strictEqual(escaped.problems.length, 3);
      assert.ok(escaped.problems.every((p) => /cannot leave the workspace folder/.test(p.message)));

      const absolute = await loadSources(root, [outside]);
      assert.deepStrictEqual(absolute.documents.map((d) => d.id), [path.join(outside, 'far.txt').split(path.sep).join('/')]);

      const untrusted = await loadSources(root, [outside], { allowAbsolute: false });
      assert.deepStrictEqual(untrusted.documents, []);
      assert.match(untrusted.problems[0].message, /absolute/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('allows .. that stays inside the root', () => {
    const location = resolveLocation('sources/../notes', root);
    assert.ok(!('problem' in location));
  });

  it('survives a symbolic link loop and reads a linked file once', async function () {
    write('sources/a.txt', 'A');
    try {
      symlinkSync(path.join(root, 'sources'), path.join(root, 'sources', 'loop'), 'dir');
      symlinkSync(path.join(root, 'sources', 'self.txt'), path.join(root, 'sources', 'self.txt'));
      symlinkSync(path.join(root, 'sources', 'a.txt'), path.join(root, 'sources', 'alias.txt'));
    } catch {
      this.skip(); // no symbolic links on this file system
    }
    const { documents, problems } = await loadSources(root, ['sources']);
    assert.deepStrictEqual(documents.map((d) => d.text), ['A']);
    assert.deepStrictEqual(problems.map((p) => p.path), ['sources/self.txt']);
    assert.match(problems[0].message, /symbolic link/);
  });

  it('reports an unreadable file and loads the rest', async function () {
    write('sources/good.txt', 'Good.');
    const locked = write('sources/locked.txt', 'Secret.');
    if (!permissionsEnforced(root)) this.skip(); // running as root: chmod cannot take read access away
    chmodSync(locked, 0);
    try {
      const { documents, problems } = await loadSources(root, ['sources']);
      assert.deepStrictEqual(documents.map((d) => d.id), ['sources/good.txt']);
      assert.match(problems[0].message, /permission denied/);
    } finally {
      chmodSync(locked, 0o600);
    }
  });

  it('reports a file that vanished between listing and reading', async () => {
    const file = write('sources/gone.txt', 'Soon gone.');
    rmSync(file);
    const { doc, problem } = await readSourceFile(file, root);
    assert.strictEqual(doc, null);
    assert.deepStrictEqual(problem && { path: problem.path, skipped: problem.skipped }, { path: 'sources/gone.txt', skipped: true });
  });

  it('tells which changed files belong to the sources', () => {
    const entries = ['sources', 'archive/**/*.md'];
    assert.ok(isSourceFile(path.join(root, 'sources', 'x', 'a.txt'), root, entries));
    assert.ok(isSourceFile(path.join(root, 'archive', '1', 'b.md'), root, entries));
    assert.ok(!isSourceFile(path.join(root, 'archive', '1', 'b.txt'), root, entries));
    assert.ok(!isSourceFile(path.join(root, 'drafts', 'a.txt'), root, entries));
    assert.ok(!isSourceFile(path.join(root, 'sources', 'a.pdf'), root, entries));
  });
});
