import type { Connection } from 'vscode-languageserver';
import { resolveSettings, SETTINGS_PREFIX, type Settings } from '../settings';

/**
 * The settings of each scope (a workspace folder's URI, or '' for the window), pulled from the client with
 * workspace/configuration when it supports that, else taken from didChangeConfiguration pushes. Malformed values fall
 * back to their defaults with one log line per distinct problem; nothing here throws.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: unknown = undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    private readonly log: (message: string) => void,
  ) {}

  get(scopeUri: string): Promise<Settings> {
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      settings = this.fetch(scopeUri);
      this.cache.set(scopeUri, settings);
    }
    return settings;
  }

  /** Forgets every scope's settings after a change; `pushed` is the section a pushing client sent along. */
  invalidate(pushedSettings: unknown): void {
    const section = (pushedSettings as Record<string, unknown> | null | undefined)?.[SETTINGS_PREFIX];
    if (section !== undefined) this.pushed = section;
    this.cache.clear();
  }

  private async fetch(scopeUri: string): Promise<Settings> {
    let raw: unknown = this.pushed;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: scopeUri || undefined, section: SETTINGS_PREFIX });
      } catch (error) {
        this.log(`Could not read the settings (${error instanceof Error ? error.message : String(error)}); using the defaults.`);
        raw = undefined;
      }
    }
    const { settings, problems } = resolveSettings(raw);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.log(`Settings: ${problem}`);
    }
    return settings;
  }
}
