// The command line of quote-check, parsed into plain options. Bad input becomes a UsageError (exit code 2), never a
// stack trace.

export type OutputFormat = 'text' | 'json' | 'sarif';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'check';
      readonly files: readonly string[];
      readonly sources: readonly string[];
      readonly format: OutputFormat;
      readonly minCopyWords: number | null;
      /** A folder for the index cache (as the editor's storage folder holds it), or null: no cache. */
      readonly cache: string | null;
      /** `code=level` pairs as written, validated against the settings later. */
      readonly severity: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'quotes'; readonly files: readonly string[]; readonly format: 'text' | 'json' };

export class UsageError extends Error {}

export const HELP = `Usage:
  quote-check [options] FILE...          check the quotations of drafts against the sources
  quote-check quotes [--format F] FILE... list the quotations of drafts and who is credited

Options:
  -s, --sources PATH       a source folder, file or glob (** * ?); repeatable; default ./sources
      --cache DIR          keep the sources' index in DIR and reuse it: a later run re-reads unchanged
                           sources without indexing them again (created if missing; nothing else is written)
  -f, --format FORMAT      text (default), json or sarif (quotes: text or json)
      --min-copy-words N   shortest run of copied source words reported as uncredited copying (default 8)
      --severity CODE=LEVEL
                           report a finding code at another level: error, warning, information, hint or off;
                           repeatable (codes: misquote, quote-not-found, misattribution, unattributed-quote,
                           not-a-quote, uncredited-copy, unclosed-quote)
  -h, --help               show this help
  -v, --version            show the version

Drafts are read by extension: .md/.markdown as Markdown, .tex as LaTeX, anything else as plain text.
Sources: .txt, .md, .markdown, .tex, .vtt, .srt files. Relative source paths cannot leave the working folder;
absolute paths are allowed.

Text output is one line per finding, as compilers print them:
  path:line:column: severity code: message
Lines and columns are 1-based; columns count UTF-16 code units, as LSP does (an emoji counts 2).
JSON output (version 1) uses LSP ranges: 0-based line, UTF-16 character.

Exit status: 0 when nothing is at warning level or above, 1 when something is, 2 on usage or input errors
(a missing draft, a bad option, no sources found).
`;

const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** Splits `--name=value` and looks the value up in the next argument otherwise. */
function takeValue(argv: readonly string[], i: number, name: string, inline: string | undefined): [string, number] {
  if (inline !== undefined) return [inline, i];
  const value = argv[i + 1];
  if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`${name} needs a value`);
  return [value, i + 1];
}

export function parseArgs(argv: readonly string[]): Command {
  const files: string[] = [];
  const sources: string[] = [];
  const severity: Record<string, string> = {};
  let format: string = 'text';
  let minCopyWords: number | null = null;
  let cache: string | null = null;
  let quotes = false;
  let onlyFiles = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (!onlyFiles && files.length === 0 && !quotes && arg === 'quotes') quotes = true;
      else files.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    let value: string;
    switch (name) {
      case '--':
        onlyFiles = true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '-s':
      case '--sources':
        [value, i] = takeValue(argv, i, name, inline);
        sources.push(value);
        break;
      case '-f':
      case '--format':
        [format, i] = takeValue(argv, i, name, inline);
        break;
      case '--cache':
        [value, i] = takeValue(argv, i, name, inline);
        if (value === '') throw new UsageError('--cache needs a folder');
        cache = value;
        break;
      case '--min-copy-words': {
        [value, i] = takeValue(argv, i, name, inline);
        if (!/^\d+$/.test(value)) throw new UsageError(`--min-copy-words needs a whole number, got "${value}"`);
        minCopyWords = Number(value);
        break;
      }
      case '--severity': {
        [value, i] = takeValue(argv, i, name, inline);
        const m = /^([\w-]+)=(\w+)$/.exec(value);
        if (!m) throw new UsageError(`--severity needs CODE=LEVEL (e.g. not-a-quote=off), got "${value}"`);
        severity[m[1]] = m[2];
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }

  if (quotes) {
    if (format !== 'text' && format !== 'json') throw new UsageError(`quotes: --format must be text or json, got "${format}"`);
    if (sources.length || minCopyWords !== null || cache !== null || Object.keys(severity).length) {
      throw new UsageError('quotes reads drafts only: --sources, --cache, --min-copy-words and --severity do not apply');
    }
    if (files.length === 0) throw new UsageError('quotes: no draft files given');
    return { kind: 'quotes', files, format };
  }
  if (!OUTPUT_FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be text, json or sarif, got "${format}"`);
  if (files.length === 0) throw new UsageError('no draft files given');
  return { kind: 'check', files, sources, format: format as OutputFormat, minCopyWords, cache, severity };
}
