import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { ROOT } from './paths';

/** Installed by scripts/editor/install-code-server.sh (override with CODE_SERVER_DIR, as that script does). */
const INSTALL_DIR = process.env.CODE_SERVER_DIR || path.join(ROOT, '.vscode-test/code-server');
const BIN = path.join(INSTALL_DIR, 'node_modules/.bin/code-server');

export interface CodeServer {
  readonly url: string;
  /** Where the packaged extension was installed (its folder doubles as `extensionDevelopmentPath`). */
  readonly extensionPath: string;
  /** Stops code-server with everything it started (extension host, language server). */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer at ${url}:\n${log()}`);
}

/**
 * Installs the .vsix into a fresh extensions folder of `scratch` and starts code-server on loopback, in its own
 * process group so that stopping it stops the extension host and the language server too.
 */
export async function startCodeServer(scratch: string, vsix: string, userSettings: object): Promise<CodeServer> {
  if (!fs.existsSync(BIN)) throw new Error(`code-server is missing: run scripts/editor/install-code-server.sh (looked for ${BIN})`);
  const config = path.join(scratch, 'config.yaml');
  const extensions = path.join(scratch, 'extensions');
  const userData = path.join(scratch, 'user-data');
  // Settings must exist before the workbench starts; a config file of our own keeps code-server out of the home folder.
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(userSettings, null, 2));
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const common = ['--config', config, '--extensions-dir', extensions, '--user-data-dir', userData];

  const install = spawnSync(BIN, [...common, '--install-extension', vsix], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed:\n${install.stdout}${install.stderr}`);
  const installed = fs.readdirSync(extensions).find((name) => name.startsWith('quote-check.quote-check-'));
  if (installed === undefined) throw new Error(`the extension is not in ${extensions} after installing ${vsix}`);

  const port = await freePort();
  const logFile = path.join(scratch, 'code-server.log');
  const logFd = fs.openSync(logFile, 'w');
  const child = spawn(
    BIN,
    [
      ...common,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
  );
  fs.closeSync(logFd);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error('code-server did not start');
  const log = (): string => fs.readFileSync(logFile, 'utf8');

  const stop = async (): Promise<void> => {
    const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-pgid, signal);
      } catch {
        // The group is gone already.
      }
    };
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // Children that outlive the main process (the language server) still belong to the group.
    signalGroup('SIGKILL');
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, extensionPath: path.join(extensions, installed), stop };
}
