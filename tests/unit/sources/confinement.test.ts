import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadSources, readSourceFile } from '../../../server/src/sources/loader';
import { resolveLocation } from '../../../server/src/sources/locations';

// What a workspace's own settings and files can make the loader read: nothing outside the workspace folder through a
// relative entry, and in an untrusted workspace (absolute entries off) nothing through a symbolic link either.

const SECRET = 'Secret words outside the workspace.';

describe('source locations stay inside the workspace', () => {
  let base: string;
  let root: string;
  let outside: string;
  const write = (file: string, content: string): string => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  /** Makes a symbolic link, or skips the test where the file system has none. */
  const link = (ctx: Mocha.Context, target: string, at: string): void => {
    mkdirSync(path.dirname(at), { recursive: true });
    try {
      symlinkSync(target, at);
    } catch {
      ctx.skip();
    }
  };

  beforeEach(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'quote-check-confine-'));
    root = path.join(base, 'workspace');
    outside = path.join(base, 'outside');
    write(path.join(root, 'sources', 'own.txt'), 'Our own source.');
    write(path.join(outside, 'far.txt'), SECRET);
    write(path.join(base, 'next-to.txt'), SECRET);
  });
  afterEach(() => {
    rmSync(base, { recursive: true, force: true });
  });

  describe('entries', () => {
    const escapes = ['..', '../outside', 'sources/../../outside', './../next-to.txt', '../**', '../**/*.txt', '../*.txt', '**/../../outside/*.txt', 'sources/**/../../../outside', '..\\..\\outside'];

    for (const untrusted of [false, true]) {
      it(`reads nothing outside the root through ${escapes.length} escaping entries (${untrusted ? 'untrusted' : 'trusted'})`, async () => {
        const { documents, problems } = await loadSources(root, escapes, { allowAbsolute: !untrusted });
        assert.deepStrictEqual(documents.filter((d) => d.text === SECRET).map((d) => d.id), []);
        assert.strictEqual(problems.length, escapes.length, JSON.stringify(problems));
      });
    }

    it('rejects a relative entry that leaves the root, with or without globs', () => {
      for (const entry of ['..', '../x', 'a/../../x', '../**', '../**/*.md', '**/../../x', 'sources/*/../../../x']) {
        const location = resolveLocation(entry, root);
        assert.ok('problem' in location && /cannot leave the workspace folder/.test(location.problem), entry);
      }
    });

    it('keeps entries that only look like escapes inside the root: ~, a .. that stays in, and **/..', () => {
      for (const entry of ['~', '~/sources', 'sources/../notes', '**/../sources/*.txt', './sources/']) {
        const location = resolveLocation(entry, root);
        assert.ok(!('problem' in location), entry);
        const where = location.kind === 'glob' ? location.base : location.absolute;
        assert.ok(where === root || where.startsWith(root + path.sep), `${entry} → ${where}`);
      }
      // ~ is a folder named ~ in the workspace, never the home folder.
      const tilde = resolveLocation('~/sources', root);
      assert.ok(!('problem' in tilde) && tilde.kind === 'path' && tilde.absolute === path.join(root, '~', 'sources'));
    });

    it('never lets a Windows-style ..\\ leave the root: refused, or (off Windows) a literal name inside it', () => {
      for (const entry of ['..\\outside', 'sources\\..\\..\\outside', '..\\**', 'a\\..\\..\\*.txt']) {
        const location = resolveLocation(entry, root);
        if (process.platform === 'win32' || 'problem' in location) {
          assert.ok('problem' in location, entry);
          continue;
        }
        const where = location.kind === 'glob' ? location.base : location.absolute;
        assert.ok(where === root || path.dirname(where) === root, `${entry} → ${where}`);
      }
    });

    it('honours an absolute entry only when trusted, globs included', async () => {
      for (const entry of [outside, path.join(outside, '*.txt')]) {
        assert.deepStrictEqual((await loadSources(root, [entry])).documents.map((d) => d.text), [SECRET], entry);
        const untrusted = await loadSources(root, [entry], { allowAbsolute: false });
        assert.deepStrictEqual(untrusted.documents, []);
        assert.match(untrusted.problems[0].message, /absolute/);
      }
    });
  });

  describe('symbolic links in an untrusted workspace', () => {
    it('follows no link to a file outside the root, and names it', async function () {
      link(this, path.join(outside, 'far.txt'), path.join(root, 'sources', 'far.txt'));
      const { documents, problems } = await loadSources(root, ['sources'], { allowAbsolute: false });
      assert.deepStrictEqual(documents.map((d) => d.id), ['sources/own.txt']);
      assert.deepStrictEqual(problems.map((p) => p.path), ['sources/far.txt']);
      assert.match(problems[0].message, /outside the workspace folder/);
    });

    it('walks no link to a folder outside the root', async function () {
      link(this, outside, path.join(root, 'sources', 'elsewhere'));
      for (const entry of ['sources', 'sources/**/*.txt']) {
        const { documents, problems } = await loadSources(root, [entry], { allowAbsolute: false });
        assert.deepStrictEqual(documents.map((d) => d.id), ['sources/own.txt'], entry);
        assert.deepStrictEqual(problems.map((p) => p.path), ['sources/elsewhere'], entry);
        assert.match(problems[0].message, /outside the workspace folder/);
      }
    });

    it('reads nothing when the sources folder itself, or a file named as an entry, links outside', async function () {
      link(this, outside, path.join(root, 'linked-sources'));
      link(this, path.join(base, 'next-to.txt'), path.join(root, 'notes.txt'));
      const { documents, problems } = await loadSources(root, ['linked-sources', 'linked-sources/*.txt', 'notes.txt'], { allowAbsolute: false });
      assert.deepStrictEqual(documents, []);
      assert.ok(problems.some((p) => p.path === 'notes.txt' && /outside the workspace folder/.test(p.message)), JSON.stringify(problems));
      assert.ok(problems.some((p) => p.path === 'linked-sources' && /outside the workspace folder/.test(p.message)), JSON.stringify(problems));
    });

    it('refuses a link outside when one changed file is read alone (a watcher event)', async function () {
      const at = path.join(root, 'sources', 'far.txt');
      link(this, path.join(outside, 'far.txt'), at);
      const untrusted = await readSourceFile(at, root, { allowAbsolute: false });
      assert.strictEqual(untrusted.doc, null);
      assert.match(untrusted.problem?.message ?? '', /outside the workspace folder/);
      assert.strictEqual((await readSourceFile(at, root)).doc?.text, SECRET, 'a trusted workspace follows it');
    });

    it('still follows links that stay inside the root, and every link when trusted', async function () {
      write(path.join(root, 'archive', 'old.txt'), 'An archived source.');
      link(this, path.join(root, 'archive'), path.join(root, 'sources', 'archive'));
      link(this, path.join(outside, 'far.txt'), path.join(root, 'sources', 'far.txt'));
      const untrusted = await loadSources(root, ['sources'], { allowAbsolute: false });
      assert.deepStrictEqual(untrusted.documents.map((d) => d.text).sort(), ['An archived source.', 'Our own source.']);
      const trusted = await loadSources(root, ['sources']);
      assert.deepStrictEqual(trusted.documents.map((d) => d.text).sort(), ['An archived source.', 'Our own source.', SECRET]);
    });

    it('follows links inside a root that is itself reached through a link', async function () {
      const alias = path.join(base, 'alias');
      link(this, root, alias);
      const { documents, problems } = await loadSources(alias, ['sources'], { allowAbsolute: false });
      assert.deepStrictEqual(documents.map((d) => d.id), ['sources/own.txt']);
      assert.deepStrictEqual(problems, []);
    });
  });
});
