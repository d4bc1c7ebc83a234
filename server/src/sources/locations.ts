import * as path from 'node:path';
import { compileGlob, globBase, isGlob } from './glob';

// Where sources are, as the writer configures them: folders, files or globs relative to a root (the workspace folder,
// or the CLI's working directory), or absolute paths. A relative entry may not leave the root: a shared workspace
// setting should not be able to make the editor read files elsewhere on the machine.

export type Location =
  | { readonly kind: 'path'; readonly entry: string; readonly absolute: string }
  | { readonly kind: 'glob'; readonly entry: string; readonly base: string; readonly pattern: RegExp; readonly patternRoot: string };

export interface LocationOptions {
  /**
   * Whether absolute entries are honoured (off for settings an untrusted workspace supplies). When off, the loader
   * also follows no symbolic link out of the root.
   */
  readonly allowAbsolute: boolean;
  readonly ignoreCase?: boolean;
}

/** File names differ only in case on these platforms' usual file systems. */
const CASE_INSENSITIVE_PLATFORM = process.platform === 'win32' || process.platform === 'darwin';

/** Forward slashes, whatever the platform wrote. */
export const toSlashes = (p: string): string => p.split(path.sep).join('/');

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A configured entry resolved against the root, or the reason it cannot be used. */
export function resolveLocation(entry: string, root: string, options: LocationOptions = { allowAbsolute: true }): Location | { readonly problem: string } {
  const written = process.platform === 'win32' ? entry.replace(/\\/g, '/') : entry;
  const absoluteEntry = path.isAbsolute(written);
  if (absoluteEntry && !options.allowAbsolute) {
    return { problem: 'absolute source paths are ignored here (an untrusted workspace may only use its own folders)' };
  }
  const full = path.resolve(root, written);
  if (!absoluteEntry && !isInside(root, full)) {
    return { problem: 'a relative source location cannot leave the workspace folder; write an absolute path to read sources elsewhere' };
  }
  if (!isGlob(written)) return { kind: 'path', entry, absolute: full };
  const base = path.resolve(root, globBase(written) || '.');
  // The pattern is matched against paths relative to the folder it is written from (the root, or / for absolute).
  const patternRoot = absoluteEntry ? path.parse(full).root : root;
  const relativePattern = toSlashes(path.relative(patternRoot, full));
  return { kind: 'glob', entry, base, pattern: compileGlob(relativePattern, { ignoreCase: options.ignoreCase ?? CASE_INSENSITIVE_PLATFORM }), patternRoot };
}

/** Whether a file belongs to a location (for file-watcher events): inside its folder, or matched by its glob. */
export function locationContains(location: Location, file: string): boolean {
  if (location.kind === 'path') return isInside(location.absolute, file);
  return isInside(location.base, file) && location.pattern.test(toSlashes(path.relative(location.patternRoot, file)));
}
