import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../engine/analyze';
import { checkDraft } from '../engine/check/check';
import { MatchCache } from '../engine/check/matchCache';
import { withSettledFixes } from '../engine/check/settledFixes';
import { Corpus } from '../engine/corpus/corpus';
import { formatForPath } from '../engine/formats/index';
import { KGramIndex } from '../engine/index/kgramIndex';
import { applySuppressions } from '../engine/suppress';
import { LineMap } from '../engine/text/lines';
import type { CheckResult, Format, Severity } from '../engine/types';
import { effectiveSeverity, resolveSettings, type Settings } from '../settings';
import { decodeSource } from '../sources/decode';
import { loadCorpus } from '../sources/corpusLoad';
import { IndexCache } from '../sources/indexCache';
import { HELP, parseArgs, UsageError, type Command } from './args';
import { checkJson, SourceLines, type CheckedFile, type ReportedFinding } from './report';
import { checkSarif } from './sarif';
import { checkText } from './text';

// The quote-check command: arguments in, report out, an exit code back. IO goes through `io` so tests and the
// entry point share this function.

export interface CliIo {
  readonly cwd: string;
  readonly version: string;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A problem with the input that stops the run (exit code 2). */
class InputError extends Error {}

const REPORTED_LEVELS: ReadonlySet<Severity> = new Set(['error', 'warning']);

/** A draft's format by its extension alone: a .txt draft is prose, even if it quotes like a transcript. */
function draftFormat(file: string): Format {
  const format = formatForPath(file);
  return format === 'markdown' || format === 'latex' ? format : 'plaintext';
}

async function readDraft(file: string, cwd: string): Promise<{ text: string; warning: string | null }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    throw new InputError(`${file}: ${why}`);
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new InputError(`${file}: ${decoded.reason}`);
  return { text: decoded.text, warning: decoded.warning && `${file}: ${decoded.warning}` };
}

function settingsFrom(command: Extract<Command, { kind: 'check' }>): Settings {
  const raw: Record<string, unknown> = { severity: command.severity };
  if (command.minCopyWords !== null) raw['uncreditedCopy.minWords'] = command.minCopyWords;
  const { settings, problems } = resolveSettings(raw);
  if (problems.length) throw new UsageError(problems.map((p) => p.replace(/^quoteCheck\./, '--').replace(/^--uncreditedCopy\.minWords/, '--min-copy-words')).join('\n'));
  return settings;
}

async function check(command: Extract<Command, { kind: 'check' }>, io: CliIo): Promise<number> {
  const settings = settingsFrom(command);
  const drafts = await Promise.all(command.files.map(async (file) => ({ file, ...(await readDraft(file, io.cwd)) })));

  const entries = command.sources.length ? command.sources : ['sources'];
  const corpus = new Corpus(new KGramIndex());
  const cache = command.cache === null ? null : IndexCache.of(path.resolve(io.cwd, command.cache), io.cwd);
  const { report, keys, stale } = await loadCorpus(corpus, io.cwd, entries, { maxFileSizeMB: settings.maxSourceFileSizeMB, cache });
  const problems = [...report.problems];
  if (cache && stale) {
    // A cache that cannot be written costs the next run its speed, never this run's result.
    await cache.save(IndexCache.contentsOf(corpus, keys)).catch((error) => io.err(`quote-check: warning: could not save the index cache ${cache.file} (${error instanceof Error ? error.message : String(error)})\n`));
  }
  if (corpus.size === 0) {
    const why = problems.map((p) => `\n  ${p.path}: ${p.message}`).join('');
    throw new InputError(`no sources found in ${entries.join(', ')}${why}`);
  }
  const errors = problems.map(({ path: p, message }) => ({ path: p, message }));
  if (command.format === 'text') {
    for (const e of errors) io.err(`quote-check: warning: ${e.path}: ${e.message}\n`);
  }
  for (const d of drafts) if (d.warning) io.err(`quote-check: warning: ${d.warning}\n`);

  const matches = new MatchCache();
  const checked: CheckedFile[] = drafts.flatMap(({ file, text }) => {
    const format = draftFormat(file);
    const options = { uncreditedCopyMinWords: settings.uncreditedCopy.minWords, cache: matches };
    let result: CheckResult;
    try {
      result = checkDraft(text, format, corpus, options);
    } catch (error) {
      // An engine bug costs this draft, named in the errors, never the whole run.
      const e = { path: file, message: `could not be checked (${error instanceof Error ? error.message : String(error)})` };
      errors.push(e);
      io.err(`quote-check: error: ${e.path}: ${e.message}\n`);
      return [];
    }
    const reported = applySuppressions(text, format, result.findings).flatMap((f): ReportedFinding[] => {
      const severity = effectiveSeverity(f.code, f.severity, settings);
      return severity === null ? [] : [{ ...f, severity }];
    });
    // Fixes are tried before they are printed (text output prints none).
    const findings = command.format === 'text' ? reported : withSettledFixes({ text, format, corpus, options }, reported);
    return [{ path: file, text, lines: new LineMap(text), quotes: result.quotes, findings }];
  });

  if (command.format === 'json') io.out(JSON.stringify(checkJson(checked, corpus, errors), null, 2) + '\n');
  else if (command.format === 'sarif') io.out(JSON.stringify(checkSarif(checked, errors, { version: io.version, workingDirectory: io.cwd }), null, 2) + '\n');
  else io.out(checkText(checked, new SourceLines(corpus)));
  return checked.length < drafts.length || checked.some((f) => f.findings.some((x) => REPORTED_LEVELS.has(x.severity))) ? EXIT_FINDINGS : EXIT_OK;
}

async function listQuotes(command: Extract<Command, { kind: 'quotes' }>, io: CliIo): Promise<number> {
  const files = [];
  for (const file of command.files) {
    const { text, warning } = await readDraft(file, io.cwd);
    if (warning) io.err(`quote-check: warning: ${warning}\n`);
    const analysis = analyzeDocument(text, draftFormat(file));
    const quotes = analysis.quotations.map((q) => ({
      start: q.inner.start,
      end: q.inner.end,
      text: text.slice(q.inner.start, q.inner.end),
      speaker: q.attribution.speaker,
      speakerMention: q.attribution.mention && { start: q.attribution.mention.span.start, end: q.attribution.mention.span.end, text: q.attribution.mention.text },
      cue: q.attribution.cue,
    }));
    files.push({ path: file, lines: new LineMap(text), quotes });
  }
  if (command.format === 'json') {
    io.out(JSON.stringify({ files: files.map(({ path: p, quotes }) => ({ path: p, quotes })) }, null, 2) + '\n');
    return EXIT_OK;
  }
  const lines: string[] = [];
  for (const file of files) {
    for (const q of file.quotes) {
      const at = file.lines.positionAt(q.start);
      const who = q.speaker ? ` (${q.speaker}${q.cue ? `, ${q.cue}` : ''})` : ' (no speaker)';
      lines.push(`${file.path}:${at.line + 1}:${at.character + 1}: “${q.text.replace(/\s+/g, ' ')}”${who}`);
    }
  }
  const count = files.reduce((n, f) => n + f.quotes.length, 0);
  lines.push(`${count} ${count === 1 ? 'quotation' : 'quotations'} in ${files.length} ${files.length === 1 ? 'file' : 'files'}.`);
  io.out(lines.join('\n') + '\n');
  return EXIT_OK;
}

/** Runs one command line; returns the exit code. Expected failures print one clear line on stderr, never a stack. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.out(HELP);
        return EXIT_OK;
      case 'version':
        io.out(`${io.version}\n`);
        return EXIT_OK;
      case 'quotes':
        return await listQuotes(command, io);
      case 'check':
        return await check(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`quote-check: ${error.message}\nRun quote-check --help for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.err(`quote-check: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
