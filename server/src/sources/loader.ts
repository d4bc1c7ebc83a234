import { closeSync, fstatSync, openSync, promises as fs, readSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { Corpus } from '../engine/corpus/corpus';
import { formatForPath } from '../engine/formats/index';
import type { SourceDocument } from '../engine/types';
import { decodeSource } from './decode';
import { isInside, locationContains, resolveLocation, toSlashes, type LocationOptions } from './locations';

// The source loader: the only code besides the LSP that reads files. It lists the files of the configured source
// locations, reads and decodes each, and hands SourceDocuments to the engine. Nothing here throws for a bad file:
// every file that cannot be used becomes a problem naming it, and the rest loads.

/** A file (or configured location) that could not be used as it is, and why. */
export interface LoadProblem {
  /** As the writer knows it: the source id, or the configured entry. */
  readonly path: string;
  readonly message: string;
  /** False when the file still loaded (e.g. invalid UTF-8 read with replacement characters). */
  readonly skipped: boolean;
}

export interface LoaderOptions extends Partial<LocationOptions> {
  /** Files larger than this are skipped. */
  readonly maxFileSizeMB?: number;
}

/** The file name endings read as sources; the engine's formatForPath says how each is read. */
export const SOURCE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.tex', '.vtt', '.srt'];

export function isSourcePath(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Folders a walk does not descend into unless named explicitly: tooling, not writing. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

const OUTSIDE_LINK = 'is a symbolic link to a place outside the workspace folder: not followed in an untrusted workspace';

/** Parts of a POSIX path that path.relative would resolve away: empty, `.` and `..` segments. */
const UNRESOLVED = /\/\/|\/\.\.?(?:\/|$)/;

/** The engine's name for a source file: its path relative to the root with forward slashes, or its absolute path. */
export function sourceId(file: string, root: string): string {
  // The common case, a plain POSIX path below a plain absolute root, without path.relative's resolving (a listing of
  // 20,000 files spent 60 ms there).
  if (path.sep === '/' && root.startsWith('/') && !root.endsWith('/') && file.startsWith(root) && file[root.length] === '/' && !UNRESOLVED.test(file)) {
    const rel = file.slice(root.length + 1);
    if (!rel.startsWith('..')) return rel;
  }
  const rel = path.relative(root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? toSlashes(path.resolve(file)) : toSlashes(rel);
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist (or vanished while being read)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'is a symbolic link that points to itself';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened: too many open files';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/**
 * A folder entry's path. The folders a walk visits are resolved paths (no `.` or `..` segments, no doubled
 * separators) and an entry's name has no separator: nothing for path.join to normalise, which took more than half of
 * a listing's CPU time (20,000 files: 80 ms, 38 ms without).
 */
const inFolder = (folder: string, name: string): string => (folder.endsWith(path.sep) ? folder + name : folder + path.sep + name);

async function statOrProblem(file: string): Promise<Stats | string> {
  try {
    return await fs.stat(file);
  } catch (error) {
    return describeError(error);
  }
}

/** Walks the configured locations and lists the source files, each once, with the problems met on the way. */
export async function listSourceFiles(
  root: string,
  entries: readonly string[],
  options: LoaderOptions = {},
): Promise<{ files: string[]; problems: LoadProblem[] }> {
  const files = new Map<string, string>(); // real path -> path as found, so a file reached twice is read once
  const problems: LoadProblem[] = [];
  // Where absolute entries are not honoured (an untrusted workspace), a symbolic link may not lead out of the root
  // either: every folder walked and every file read must really lie inside it.
  const confined = options.allowAbsolute === false;
  const realRoot = confined ? await fs.realpath(root).catch(() => path.resolve(root)) : '';
  const escapes = (real: string, found: string): boolean => {
    if (!confined || isInside(realRoot, real)) return false;
    problems.push({ path: sourceId(found, root), message: OUTSIDE_LINK, skipped: true });
    return true;
  };

  // Files each entry matched, counting those an earlier entry already listed: those are loaded, just not twice.
  let matched = 0;
  const addFile = (real: string, found: string): void => {
    matched++;
    if (!files.has(real)) files.set(real, found);
  };

  /** Walks one folder tree; `visited` (folder identities) stops symbolic-link loops within one entry's walk. */
  const walk = async (folder: string, accept: (file: string) => boolean, visited: Set<string>): Promise<void> => {
    const stats = await statOrProblem(folder);
    if (typeof stats === 'string') {
      problems.push({ path: sourceId(folder, root), message: stats, skipped: true });
      return;
    }
    const key = `${stats.dev}:${stats.ino}`;
    if (visited.has(key)) return; // a symbolic link back to a folder already walked: a loop or a duplicate
    visited.add(key);
    let entries: Dirent[];
    let realFolder: string;
    try {
      realFolder = await fs.realpath(folder);
      if (escapes(realFolder, folder)) return;
      entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      problems.push({ path: sourceId(folder, root), message: describeError(error), skipped: true });
      return;
    }
    for (const entry of entries) {
      const child = inFolder(folder, entry.name);
      // Only a symbolic link needs a stat to learn what it points to; the directory listing says what the rest are.
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await statOrProblem(child);
        if (typeof target === 'string') {
          if (isSourcePath(child)) problems.push({ path: sourceId(child, root), message: target, skipped: true });
          continue;
        }
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(child, accept, visited);
      } else if (isFile && isSourcePath(child) && accept(child)) {
        const real = entry.isSymbolicLink() ? await fs.realpath(child).catch(() => child) : inFolder(realFolder, entry.name);
        if (!escapes(real, child)) addFile(real, child);
      }
    }
  };

  for (const entry of entries) {
    const location = resolveLocation(entry, root, { allowAbsolute: options.allowAbsolute ?? true, ignoreCase: options.ignoreCase });
    if ('problem' in location) {
      problems.push({ path: entry, message: location.problem, skipped: true });
      continue;
    }
    const found = matched;
    const stats = await statOrProblem(location.kind === 'glob' ? location.base : location.absolute);
    if (location.kind === 'glob') {
      if (typeof stats !== 'string' && stats.isDirectory()) await walk(location.base, (file) => locationContains(location, file), new Set());
      if (matched === found) problems.push({ path: entry, message: 'matches no source files', skipped: true });
    } else if (typeof stats === 'string') {
      problems.push({ path: entry, message: stats, skipped: true });
    } else if (stats.isDirectory()) {
      await walk(location.absolute, () => true, new Set());
      if (matched === found) problems.push({ path: entry, message: `is a folder with no source files (${SOURCE_EXTENSIONS.join(', ')})`, skipped: true });
    } else if (!isSourcePath(location.absolute)) {
      problems.push({ path: entry, message: `is a file, not a folder of sources, and not a source file (${SOURCE_EXTENSIONS.join(', ')})`, skipped: true });
    } else {
      const real = await fs.realpath(location.absolute).catch(() => location.absolute);
      if (!escapes(real, location.absolute)) addFile(real, location.absolute);
    }
  }
  return { files: [...files.values()], problems };
}

/** Reads one source file into a SourceDocument, or says why it cannot be used. */
export async function readSourceFile(
  file: string,
  root: string,
  options: LoaderOptions = {},
): Promise<{ doc: SourceDocument | null; problem: LoadProblem | null; bytes?: Uint8Array }> {
  const id = sourceId(file, root);
  const skip = (message: string) => ({ doc: null, problem: { path: id, message, skipped: true } });
  if (!isSourcePath(file)) return skip(`is not a source file (${SOURCE_EXTENSIONS.join(', ')})`);
  const maxBytes = (options.maxFileSizeMB ?? 50) * 1024 * 1024;
  let bytes: Buffer;
  try {
    // A file named by a watcher event was never listed: the untrusted-workspace rule on links is applied here too.
    let target = file;
    if (options.allowAbsolute === false) {
      target = await fs.realpath(file);
      if (!isInside(await fs.realpath(root).catch(() => path.resolve(root)), target)) return skip(OUTSIDE_LINK);
    }
    // Open once and check the size through the descriptor, so a file swapped between the check and the read is still
    // capped. Blocking calls: a source file is read in tens of microseconds, where the promise API costs about a
    // hundred of main-thread time per file (20,000 articles: 0.8 s instead of 2.7 s); a load yields between files.
    const fd = openSync(target, 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > maxBytes) return skip(`is larger than ${options.maxFileSizeMB ?? 50} MB (${(size / 1024 / 1024).toFixed(1)} MB); raise quoteCheck.maxSourceFileSizeMB to read it`);
      bytes = readAll(fd, size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return skip(describeError(error));
  }
  if (bytes.length === 0) return skip('is empty');
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return skip(decoded.reason);
  const doc: SourceDocument = { id, text: decoded.text, format: formatForPath(file, decoded.text) };
  return { doc, problem: decoded.warning ? { path: id, message: decoded.warning, skipped: false } : null, bytes };
}

/** The content of an open file of the given size (less if it shrank meanwhile). */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, length);
    if (read === 0) break;
    length += read;
  }
  return bytes.subarray(0, length);
}

/** Files read at once: enough to overlap the waits on the disk, few enough to stay far below open-file limits. */
const READ_CONCURRENCY = 16;

/** Maps items through an async function, at most `limit` at a time, keeping the results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Lists, reads and decodes every source of the configured locations. */
export async function loadSources(
  root: string,
  entries: readonly string[],
  options: LoaderOptions = {},
): Promise<{ documents: SourceDocument[]; problems: LoadProblem[] }> {
  const listed = await listSourceFiles(root, entries, options);
  const problems = [...listed.problems];
  const documents: SourceDocument[] = [];
  const read = await mapLimited(listed.files, READ_CONCURRENCY, (file) => readSourceFile(file, root, options));
  for (const { doc, problem } of read) {
    if (doc) documents.push(doc);
    if (problem) problems.push(problem);
  }
  return { documents, problems };
}

/**
 * Puts one document into the corpus (unless it holds that text already), with its indexed words if a cache kept them.
 * A document the engine cannot read is left out and named, so one bad file never stops the rest of the sources.
 */
export function addToCorpus(corpus: Corpus, doc: SourceDocument, indexedWords?: Uint32Array): LoadProblem | null {
  const held = corpus.get(doc.id)?.doc;
  if (held?.text === doc.text && held.format === doc.format) return null;
  try {
    corpus.upsert(doc, indexedWords);
    return null;
  } catch (error) {
    corpus.delete(doc.id);
    return { path: doc.id, message: `could not be read as a source (${error instanceof Error ? error.message : String(error)})`, skipped: true };
  }
}

/** Whether a file belongs to the configured sources: for deciding which file-watcher events to act on. */
export function isSourceFile(file: string, root: string, entries: readonly string[], options: Partial<LocationOptions> = {}): boolean {
  if (!isSourcePath(file)) return false;
  return entries.some((entry) => {
    const location = resolveLocation(entry, root, { allowAbsolute: options.allowAbsolute ?? true, ignoreCase: options.ignoreCase });
    return !('problem' in location) && locationContains(location, path.resolve(file));
  });
}
