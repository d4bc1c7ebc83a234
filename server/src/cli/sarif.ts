import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FINDING_CODES, SOURCE_NAME } from '../engine/findingCodes';
import type { Severity, Span } from '../engine/types';
import type { LineMap } from '../engine/text/lines';
import type { CheckedFile, SourceError } from './report';

// SARIF 2.1.0, for code-scanning dashboards. Regions are 1-based; SARIF's default column kind is UTF-16 code units,
// the engine's own unit, so columns need no conversion beyond the +1.

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A relative path as a URI reference against the working folder; an absolute one as a file URI. */
function artifactLocation(file: string) {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function region(lines: LineMap, span: Span) {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function checkSarif(files: readonly CheckedFile[], errors: readonly SourceError[], tool: { version: string; workingDirectory: string }) {
  const rules = FINDING_CODES.map((c) => ({
    id: c.code,
    name: c.code.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.summary },
    defaultConfiguration: { level: LEVELS[c.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const baseUri = pathToFileURL(tool.workingDirectory).href.replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: SOURCE_NAME, version: tool.version, semanticVersion: tool.version, rules } },
        originalUriBaseIds: { SRCROOT: { uri: baseUri } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: errors.map((e) => ({
              level: 'warning',
              message: { text: `${e.path}: ${e.message}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.path) } }],
            })),
          },
        ],
        results: files.flatMap((file) => {
          const artifact = artifactLocation(file.path);
          return file.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code),
            level: LEVELS[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: artifact, region: region(file.lines, f.span) } }],
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: artifact,
                  replacements: fix.edits.map((edit) => ({ deletedRegion: region(file.lines, edit.span), insertedContent: { text: edit.newText } })),
                },
              ],
            })),
          }));
        }),
      },
    ],
  };
}
