// Entry point of the quote-check command (bundled to dist/cli.js, started by bin/quote-check.js).
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT_USAGE, run } from './run';

/** The version in the package.json above this file: found by walking up, so it works from out/ and from dist/. */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'quote-check' && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

const io = {
  cwd: process.cwd(),
  version: packageVersion(),
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a usage problem: say so in one line; the stack only when asked for.
    const detail = process.env.QUOTE_CHECK_DEBUG ? (error instanceof Error ? error.stack : String(error)) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`quote-check: internal error: ${detail}\n(set QUOTE_CHECK_DEBUG=1 to see where)\n`);
    process.exitCode = EXIT_USAGE;
  },
);
