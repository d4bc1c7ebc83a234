// Every setting of Quote Check, defined once: its key, type, default and description. The `contributes.configuration`
// schema of package.json is generated from this table (scripts/sync-settings.mjs), and resolveSettings validates what
// an editor or a config file hands the server against the same table, so the three can never drift apart.

import { FINDING_CODES } from './engine/findingCodes';
import type { FindingCode, Severity } from './engine/types';

export const SETTINGS_PREFIX = 'quoteCheck';

export type SeverityLevel = Severity | 'off';
export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface Settings {
  readonly enable: boolean;
  readonly sources: readonly string[];
  readonly languages: readonly string[];
  readonly severity: Readonly<Record<FindingCode, SeverityLevel>>;
  readonly uncreditedCopy: { readonly minWords: number };
  readonly maxSourceFileSizeMB: number;
  readonly debounceMs: number;
  readonly trace: { readonly server: TraceLevel };
}

const SEVERITY_LEVELS: readonly SeverityLevel[] = ['error', 'warning', 'information', 'hint', 'off'];
const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  sources: ['sources'],
  languages: ['markdown', 'plaintext', 'latex'],
  severity: Object.fromEntries(FINDING_CODES.map((c) => [c.code, c.defaultSeverity])) as Record<FindingCode, SeverityLevel>,
  uncreditedCopy: { minWords: 8 },
  maxSourceFileSizeMB: 50,
  debounceMs: 300,
  trace: { server: 'off' },
};

/** A JSON-schema fragment as VS Code's `contributes.configuration` reads it. */
type Schema = Record<string, unknown>;

/** Reads one raw value: the value to use, and what was wrong with it (then defaults stand in for the bad parts). */
type Reader = (value: unknown, key: string) => { value: unknown; problems?: string[] };

interface SettingSpec {
  /** Dotted path under the prefix, e.g. `uncreditedCopy.minWords`. */
  readonly path: string;
  readonly schema: Schema;
  readonly read: Reader;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown): string => JSON.stringify(value) ?? String(value);
const invalid = (key: string, value: unknown, expected: string, fallback: unknown) => ({
  value: fallback,
  problems: [`${key}: expected ${expected}, got ${show(value)}; using the default ${show(fallback)}.`],
});

function booleanReader(fallback: boolean): Reader {
  return (value, key) => (typeof value === 'boolean' ? { value } : invalid(key, value, 'true or false', fallback));
}

function integerReader(fallback: number, minimum: number, maximum: number): Reader {
  return (value, key) =>
    typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum
      ? { value }
      : invalid(key, value, `a whole number from ${minimum} to ${maximum}`, fallback);
}

function enumReader<T extends string>(fallback: T, allowed: readonly T[]): Reader {
  return (value, key) =>
    allowed.includes(value as T) ? { value } : invalid(key, value, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, fallback);
}

/** An array of non-empty strings; bad entries are dropped one by one rather than losing the whole list. */
function stringListReader(fallback: readonly string[]): Reader {
  return (value, key) => {
    if (!Array.isArray(value)) return invalid(key, value, 'an array of strings', fallback);
    const good = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    const bad = value.filter((v) => !(typeof v === 'string' && v.trim() !== ''));
    return { value: good, problems: bad.length ? [`${key}: ignoring entries that are not non-empty strings: ${show(bad)}.`] : [] };
  };
}

/** A partial map from finding code to level, merged over the defaults entry by entry. */
const severityReader: Reader = (value, key) => {
  const fallback = DEFAULT_SETTINGS.severity;
  if (!isRecord(value)) return invalid(key, value, 'an object of finding code to level', fallback);
  const merged: Record<string, SeverityLevel> = { ...fallback };
  const problems: string[] = [];
  for (const [code, level] of Object.entries(value)) {
    if (!(code in fallback)) problems.push(`${key}: unknown finding code "${code}" (known: ${Object.keys(fallback).join(', ')}).`);
    else if (!SEVERITY_LEVELS.includes(level as SeverityLevel)) problems.push(...invalid(`${key}.${code}`, level, `one of ${SEVERITY_LEVELS.join(', ')}`, fallback[code as FindingCode]).problems);
    else merged[code] = level as SeverityLevel;
  }
  return { value: merged, problems };
};

const d = DEFAULT_SETTINGS;

const SPECS: readonly SettingSpec[] = [
  {
    path: 'enable',
    schema: { type: 'boolean', default: d.enable, scope: 'resource', description: 'Check the quotations of drafts against the source documents.' },
    read: booleanReader(d.enable),
  },
  {
    path: 'sources',
    schema: {
      type: 'array',
      items: { type: 'string' },
      default: d.sources,
      scope: 'resource',
      markdownDescription:
        'Where the source documents are: folders, files or globs (`**`, `*`, `?`) relative to the workspace folder. ' +
        'Files ending in `.txt`, `.md`, `.markdown`, `.tex`, `.vtt` or `.srt` are read. A relative entry cannot leave the ' +
        'workspace folder; write an absolute path to read sources elsewhere (ignored in untrusted workspaces).',
    },
    read: stringListReader(d.sources),
  },
  {
    path: 'languages',
    schema: {
      type: 'array',
      items: { type: 'string' },
      default: d.languages,
      scope: 'resource',
      description: 'Language ids of the documents checked as drafts.',
    },
    read: stringListReader(d.languages),
  },
  {
    path: 'severity',
    schema: {
      type: 'object',
      default: d.severity,
      scope: 'resource',
      additionalProperties: false,
      markdownDescription:
        'How each kind of finding is reported. `off` hides it. A misquote that changes the meaning (a number, a negation) is ' +
        'an error while this stays at its default `warning`; any other level replaces the engine’s choice.',
      properties: Object.fromEntries(
        FINDING_CODES.map((c) => [c.code, { type: 'string', enum: SEVERITY_LEVELS, default: c.defaultSeverity, description: c.summary }]),
      ),
    },
    read: severityReader,
  },
  {
    path: 'uncreditedCopy.minWords',
    schema: {
      type: 'integer',
      default: d.uncreditedCopy.minWords,
      minimum: 3,
      maximum: 1000,
      scope: 'resource',
      description: 'Shortest run of consecutive source words, outside quotation marks, reported as uncredited copying.',
    },
    read: integerReader(d.uncreditedCopy.minWords, 3, 1000),
  },
  {
    path: 'maxSourceFileSizeMB',
    schema: {
      type: 'integer',
      default: d.maxSourceFileSizeMB,
      minimum: 1,
      maximum: 1024,
      scope: 'resource',
      description: 'Source files larger than this (in megabytes) are skipped with a message.',
    },
    read: integerReader(d.maxSourceFileSizeMB, 1, 1024),
  },
  {
    path: 'debounceMs',
    schema: {
      type: 'integer',
      default: d.debounceMs,
      minimum: 0,
      maximum: 10000,
      scope: 'window',
      description: 'Milliseconds to wait after the last keystroke before checking a draft again.',
    },
    read: integerReader(d.debounceMs, 0, 10000),
  },
  {
    path: 'trace.server',
    schema: {
      type: 'string',
      enum: TRACE_LEVELS,
      default: d.trace.server,
      scope: 'window',
      description: 'Traces the communication between VS Code and the Quote Check language server (in the Output panel).',
    },
    read: enumReader(d.trace.server, TRACE_LEVELS),
  },
];

/** The `contributes.configuration` section of package.json, generated from the table above. */
export function configurationSchema(): { title: string; properties: Record<string, Schema> } {
  return {
    title: 'Quote Check',
    properties: Object.fromEntries(SPECS.map((s) => [`${SETTINGS_PREFIX}.${s.path}`, s.schema])),
  };
}

/**
 * Looks a dotted path up in a nested object, also accepting the dotted key itself (`{"trace.server": …}`).
 * A non-object where the path needs one is a problem, not a silent default.
 */
function lookUp(raw: Record<string, unknown>, path: string): { value: unknown; problem?: string } {
  if (path in raw) return { value: raw[path] };
  const parts = path.split('.');
  let node: unknown = raw;
  for (const [i, part] of parts.entries()) {
    if (node === undefined || node === null) return { value: undefined };
    if (!isRecord(node)) {
      const key = `${SETTINGS_PREFIX}.${parts.slice(0, i).join('.')}`;
      return { value: undefined, problem: `${key}: expected an object, got ${show(node)}; using the defaults.` };
    }
    node = node[part];
  }
  return { value: node };
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = { ...(node[part] as object) };
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * The settings to use, from the `quoteCheck` section as an editor or a config file gives it (nested objects or
 * dotted keys). Missing values take their defaults; malformed ones take their defaults too, with a problem message
 * saying so. Never throws.
 */
export function resolveSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  if (raw === undefined || raw === null) return { settings: settings as unknown as Settings, problems };
  if (!isRecord(raw)) {
    problems.push(`${SETTINGS_PREFIX}: expected an object of settings, got ${show(raw)}; using the defaults.`);
    return { settings: settings as unknown as Settings, problems };
  }
  for (const spec of SPECS) {
    const found = lookUp(raw, spec.path);
    if (found.problem && !problems.includes(found.problem)) problems.push(found.problem);
    if (found.value === undefined || found.value === null) continue;
    const read = spec.read(found.value, `${SETTINGS_PREFIX}.${spec.path}`);
    setAt(settings, spec.path, read.value);
    problems.push(...(read.problems ?? []));
  }
  return { settings: settings as unknown as Settings, problems };
}

/**
 * The level at which to report a finding, or null to hide it. At its default level a code keeps the engine's own
 * severity (which raises meaning-changing misquotes to errors); a level the writer chose replaces it.
 */
export function effectiveSeverity(code: FindingCode, engineSeverity: Severity, settings: Settings): Severity | null {
  const level = settings.severity[code] ?? DEFAULT_SETTINGS.severity[code];
  if (level === 'off') return null;
  return level === DEFAULT_SETTINGS.severity[code] ? engineSeverity : level;
}
