import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft } from '../engine/check/check';
import { MatchCache } from '../engine/check/matchCache';
import { formatForLanguageId, formatForPath } from '../engine/formats/index';
import { applySuppressions } from '../engine/suppress';
import type { CheckResult, Finding, Format } from '../engine/types';
import type { Settings } from '../settings';
import { toDiagnostic } from './diagnostics';
import { uriToPath, type SourceFolder } from './sourceFolders';

/** One draft checked at one version against one corpus version with one set of settings. */
export interface Checked {
  readonly doc: TextDocument;
  readonly format: Format;
  readonly folder: SourceFolder;
  readonly corpusVersion: number;
  readonly settings: Settings;
  readonly result: CheckResult;
  /** What the writer is shown: after ignore comments, severity `off`, and the empty-corpus rule. */
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What the checker needs from the server around it. */
export interface DraftHost {
  document(uri: string): TextDocument | undefined;
  folderFor(uri: string): SourceFolder;
  settingsFor(folder: SourceFolder): Promise<Settings>;
  publish(uri: string, version: number | null, checked: Checked | null): void;
  log(message: string): void;
}

function formatOf(doc: TextDocument): Format {
  return formatForLanguageId(doc.languageId) ?? formatForPath(doc.uri);
}

// Passage matches depend on the quote text and the corpus only: one cache per corpus serves every draft and version.
const matchCaches = new WeakMap<SourceFolder, MatchCache>();
function matchCacheOf(folder: SourceFolder): MatchCache {
  let cache = matchCaches.get(folder);
  if (!cache) matchCaches.set(folder, (cache = new MatchCache()));
  return cache;
}

/** Checks one draft now; null when it is not a draft to check (disabled, another language, or one of the sources). */
export function checkDocument(doc: TextDocument, folder: SourceFolder, settings: Settings): Checked | null {
  if (!settings.enable || !settings.languages.includes(doc.languageId)) return null;
  // A source opened in the editor is not a draft: checked against itself it would be nothing but copies.
  const file = uriToPath(doc.uri);
  if (file !== null && folder.isSource(file)) return null;
  const text = doc.getText();
  const format = formatOf(doc);
  const corpusVersion = folder.corpus.version;
  const result = checkDraft(text, format, folder.corpus, { uncreditedCopyMinWords: settings.uncreditedCopy.minWords, cache: matchCacheOf(folder) });
  // With no sources at all, every quote would be "not found": the one message about the missing sources says it better.
  // While sources are still loading, a quote not found yet may be in one not read yet.
  const relevant = folder.corpus.size === 0 || !folder.complete ? result.findings.filter((f) => f.code !== 'quote-not-found') : result.findings;
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const finding of applySuppressions(text, format, relevant)) {
    const diagnostic = toDiagnostic(finding, doc, settings, (p) => folder.locate(p));
    if (!diagnostic) continue;
    findings.push(finding);
    diagnostics.push(diagnostic);
  }
  return { doc, format, folder, corpusVersion, settings, result, findings, diagnostics };
}

/**
 * Checks open drafts as they change: debounced per document, and never publishing a result for a version older than
 * the newest (every change bumps the document's generation; a check whose generation is no longer current is dropped).
 */
export class DraftChecker {
  private readonly results = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly host: DraftHost) {}

  /** Checks the document after the folder's debounce delay (or at once), replacing any pending check. */
  schedule(uri: string, immediately = false): void {
    const generation = this.bump(uri);
    const folder = this.host.folderFor(uri);
    void this.host
      .settingsFor(folder)
      .then((settings) => {
        if (this.generations.get(uri) !== generation) return;
        const delay = immediately ? 0 : settings.debounceMs;
        this.timers.set(uri, setTimeout(() => void this.run(uri, generation), delay));
      })
      .catch((error) => this.host.log(`Could not schedule a check of ${uri}: ${describe(error)}`));
  }

  /** Forgets a closed document: pending checks are dropped and its diagnostics cleared. */
  forget(uri: string): void {
    this.bump(uri);
    this.results.delete(uri);
    this.host.publish(uri, null, null);
  }

  /** The check of the document's current text, computed now if the last one is stale. */
  async current(uri: string): Promise<Checked | null> {
    const doc = this.host.document(uri);
    if (!doc) return null;
    const folder = this.host.folderFor(uri);
    await folder.ready.catch(() => undefined);
    const settings = await this.host.settingsFor(folder);
    const latest = this.host.document(uri);
    if (!latest) return null;
    const cached = this.results.get(uri);
    if (cached && cached.doc.version === latest.version && cached.corpusVersion === folder.corpus.version && cached.settings === settings) return cached;
    return this.checkAndPublish(latest, folder, settings);
  }

  /** The last published check, whatever its version (for stats). */
  last(uri: string): Checked | undefined {
    return this.results.get(uri);
  }

  /**
   * Checks open drafts at once against the sources a long load has read so far, without waiting for it; the checks
   * scheduled behind the load publish the complete result. Never publishes once the load is complete.
   */
  async checkPartial(uris: readonly string[]): Promise<void> {
    for (const uri of uris) {
      const folder = this.host.folderFor(uri);
      const settings = await this.host.settingsFor(folder);
      const doc = this.host.document(uri);
      if (doc && !folder.complete) this.checkAndPublish(doc, folder, settings);
    }
  }

  /** Re-checks every open draft, e.g. after sources or settings changed. */
  recheckAll(uris: readonly string[]): void {
    for (const uri of uris) this.schedule(uri, true);
  }

  private bump(uri: string): number {
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    return generation;
  }

  private async run(uri: string, generation: number): Promise<void> {
    try {
      const folder = this.host.folderFor(uri);
      await folder.ready.catch(() => undefined);
      const settings = await this.host.settingsFor(folder);
      if (this.generations.get(uri) !== generation) return;
      const doc = this.host.document(uri);
      if (doc) this.checkAndPublish(doc, folder, settings);
    } catch (error) {
      this.host.log(`Checking ${uri} failed: ${describe(error)}`);
    }
  }

  // Synchronous from reading the text to publishing, so no newer version can slip in between.
  private checkAndPublish(doc: TextDocument, folder: SourceFolder, settings: Settings): Checked | null {
    const checked = checkDocument(doc, folder, settings);
    if (checked) this.results.set(doc.uri, checked);
    else this.results.delete(doc.uri);
    this.host.publish(doc.uri, doc.version, checked);
    return checked;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
