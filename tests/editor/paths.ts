import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (this file runs from out/tests/editor/). */
export const ROOT = path.resolve(__dirname, '../../..');

/** The extension-host suite's entry point, compiled by `tsc -b`. */
export const SUITE_INDEX = path.join(ROOT, 'out/tests/vscode/suite/index.js');

/** The fixture workspace: drafts and a small source of its own; the seed article is added from `sources/`. */
const FIXTURE = path.join(ROOT, 'tests/editor/workspace');

/** Writes a fresh copy of the fixture workspace into `dir` and returns its path. */
export function prepareWorkspace(dir: string): string {
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'sources'), path.join(dir, 'sources'), { recursive: true });
  return dir;
}
