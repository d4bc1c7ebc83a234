import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureBundle, ROOT } from './cliHarness';

// What the .vsix would carry, as vsce itself lists it (the same rules as `npm run package`, without zipping).
describe('extension package contents', function () {
  this.timeout(120000);
  let files: string[];
  before(() => {
    ensureBundle();
    const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const run = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    files = run.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('ships the bundles, the manifest and the licence', () => {
    for (const needed of ['package.json', 'LICENSE', 'dist/extension.js', 'dist/server.js']) assert.ok(files.includes(needed), needed);
  });

  it('ships no dependencies, compiled output, sources, tests, source maps or the CLI', () => {
    const unwanted = files.filter((f) => /^(node_modules|out|client|server|tests|scripts|bin|sources|examples)\/|\.ts$|\.map$|^dist\/cli\.js$/.test(f));
    assert.deepStrictEqual(unwanted, []);
  });
});
