import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { CloseAction } from 'vscode-languageclient/node';
import { RestartOnCrash } from '../../../client/src/restartOnCrash';
import { eventually, hasCode, openDraft, waitForDiagnostics } from './helpers';

/** The language servers this extension host started (its child processes running the bundled server). */
function serverPids(): number[] {
  let listing = '';
  try {
    listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits non-zero when there are no children.
  }
  return listing
    .split('\n')
    .filter((line) => line.includes('dist/server.js'))
    .map((line) => Number.parseInt(line.trim(), 10));
}

describe('a crashing server', () => {
  it('is restarted, and the draft is checked again', async function () {
    if (process.platform === 'win32') this.skip();
    const editor = await openDraft('draft.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasCode('misquote'), 'the draft to be checked');
    const [crashed] = serverPids();
    assert.ok(crashed, 'the language server runs as a child of the extension host');

    const republished = waitForDiagnostics(uri, hasCode('misquote'), 'the new server to check the draft', { onlyNewer: true });
    process.kill(crashed, 'SIGKILL');
    const restarted = await eventually(async () => serverPids().find((pid) => pid !== crashed), 'a new server process');
    assert.notStrictEqual(restarted, crashed);
    await republished;
    assert.ok(serverPids().includes(restarted), 'the new server keeps running');
  });

  it('says so once, then only logs; a crash loop stops the server', () => {
    const handler = new RestartOnCrash();
    const first = handler.closed();
    assert.strictEqual(first.action, CloseAction.Restart);
    assert.ok(first.message && !first.handled, 'the first restart is shown to the writer');
    for (let restart = 2; restart <= 5; restart++) {
      const later = handler.closed();
      assert.strictEqual(later.action, CloseAction.Restart);
      assert.strictEqual(later.handled, true, `restart ${restart} only goes to the log`);
    }
    const loop = handler.closed();
    assert.strictEqual(loop.action, CloseAction.DoNotRestart);
    assert.match(loop.message ?? '', /crashed 6 times/);
  });
});
