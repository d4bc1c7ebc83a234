import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Runs the shipped command (bin/quote-check.js → dist/cli.js) as a user would, in a fixture folder.

export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/cli');
const BIN = path.join(ROOT, 'bin/quote-check.js');
const BUNDLE = path.join(ROOT, 'dist/cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, QUOTE_CHECK_DEBUG: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    if (name.endsWith('.js')) newest = Math.max(newest, statSync(path.join(folder, name)).mtimeMs);
  }
  return newest;
}

/** Bundles the CLI when dist/cli.js is missing or older than the compiled server code (e.g. after `tsc -b` alone). */
export function ensureBundle(): void {
  const compiled = path.join(ROOT, 'out/server/src');
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestMtime(compiled)) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bundling failed:\n${result.stderr}`);
}

/** A scratch copy of a fixture folder, to add odd files to. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `quote-check-cli-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A stack trace on stderr is a crash, whatever the exit code. */
export const hasStackTrace = (stderr: string): boolean => /^\s+at .+\(.*:\d+:\d+\)$/m.test(stderr);
