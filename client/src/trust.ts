import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigurationParams, Middleware } from 'vscode-languageclient/node';

/** A source entry that reaches outside the workspace folders whatever folder it is resolved against. */
function isAbsoluteEntry(entry: unknown): boolean {
  return typeof entry === 'string' && (path.posix.isAbsolute(entry) || path.win32.isAbsolute(entry) || entry.startsWith('~'));
}

function withoutAbsolute(sources: unknown): unknown {
  return Array.isArray(sources) ? sources.filter((entry) => !isAbsoluteEntry(entry)) : sources;
}

/** The `quoteCheck` settings a restricted (untrusted) workspace may give the server: no absolute source paths. */
export function restrictForUntrusted(section: string | undefined, value: unknown): unknown {
  if (section === 'quoteCheck.sources') return withoutAbsolute(value);
  if (section === 'quoteCheck' && value !== null && typeof value === 'object') {
    const settings = { ...(value as Record<string, unknown>) };
    if ('sources' in settings) settings.sources = withoutAbsolute(settings.sources);
    return settings;
  }
  return value;
}

/**
 * In an untrusted workspace the server is told so, and the settings it pulls lose absolute source paths, so it reads
 * only files inside the workspace folders (the `limited` support declared in package.json).
 */
export const trustMiddleware: Middleware = {
  workspace: {
    configuration: async (params: ConfigurationParams, token, next) => {
      const result = await next(params, token);
      if (vscode.workspace.isTrusted || !Array.isArray(result)) return result;
      return result.map((value, i) => restrictForUntrusted(params.items[i]?.section, value));
    },
  },
};
