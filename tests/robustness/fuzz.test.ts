import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { fileUri, makeWorkspace, serverEntry, TestClient } from '../protocol/harness';
import { fuzzCli, fuzzServer } from './fuzz';

describe('fuzz runs with a fixed seed (npm run fuzz runs longer ones)', function () {
  this.timeout(60000);

  it('the CLI checks random and mutated drafts: JSON, exit 0 or 1, no crash, ranges inside', () => {
    fuzzCli(20251125, 3);
  });

  it('the server answers random sessions of edits, requests and cancellations, and stays up', async () => {
    await fuzzServer(20251125, 4, 30);
  });
});

describe('protocol: requests it cannot serve', function () {
  this.timeout(30000);

  it('answers an unknown method with MethodNotFound and a closed document with nothing, and keeps serving', async () => {
    const root = makeWorkspace({});
    const client = new TestClient();
    try {
      await client.initialize(root);
      await assert.rejects(client.request('quoteCheck/noSuchThing', {}), (error: { code?: number }) => error.code === -32601);
      const uri = fileUri(root, 'draft.md');
      await client.open(uri, 'Putin said: “If Ukrainian troops leave the territories they hold, then we will stop fighting.”');
      await client.diagnosticsFor(uri, 1);
      await client.close(uri);
      assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } }), null);
      assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }), []);
      assert.strictEqual(await client.request('quoteCheck/stats', { uri }), null);
      await client.open(uri, 'Putin said: “If Ukrainian troops leave the territories they hold, then we will stop fighting.”', 'markdown', 7);
      assert.ok((await client.diagnosticsFor(uri, 7)).diagnostics.some((d) => d.code === 'misquote'));
    } finally {
      await client.shutdown();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('survives a client that sends but never reads, then answers once it does', async () => {
    const root = makeWorkspace({});
    const server = spawn(process.execPath, [serverEntry(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let exited = false;
    server.on('exit', () => (exited = true));
    server.stdout.pause(); // never read: the pipe fills and the server's writes back up
    const send = (message: object): void => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      server.stdin.write(body);
    };
    try {
      send({ id: 1, method: 'initialize', params: { processId: null, rootUri: fileUri(root, ''), capabilities: {} } });
      send({ method: 'initialized', params: {} });
      const text = 'Putin said: “If Ukrainian troops leave the territories they hold, then we will stop fighting.”\n\n'.repeat(20);
      for (let i = 0; i < 100; i++) {
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: fileUri(root, `d${i}.md`), languageId: 'markdown', version: 1, text } } });
        send({ id: 100 + i, method: 'textDocument/hover', params: { textDocument: { uri: fileUri(root, `d${i}.md`) }, position: { line: 0, character: 15 } } });
      }
      send({ id: 99999, method: 'shutdown' });
      await new Promise((r) => setTimeout(r, 3000));
      assert.ok(!exited, 'the server is still running while nobody reads');
      // Now read everything: the answer to the last request must come through.
      let received = '';
      const answered = new Promise<void>((resolve) => {
        server.stdout.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
          if (received.includes('"id":99999')) resolve();
        });
      });
      server.stdout.resume();
      await answered;
    } finally {
      server.kill();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
