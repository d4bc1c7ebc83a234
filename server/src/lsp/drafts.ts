import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft, checkDraftInSteps, draftAnalysisInSteps } from '../engine/check/check';
import { MatchCache } from '../engine/check/matchCache';
import { settledFixAllInSteps, withSettledFixesInSteps, type FixTrial } from '../engine/check/settledFixes';
import { formatForLanguageId, formatForPath } from '../engine/formats/index';
import type { Steps } from '../engine/steps';
import { applySuppressions } from '../engine/suppress';
import type { CheckResult, Finding, Fix, Format } from '../engine/types';
import type { Settings } from '../settings';
import { toDiagnostic } from './diagnostics';
import { uriToPath, type SourceFolder } from './sourceFolders';

/** One draft checked at one version against one corpus version with one set of settings. */
export interface Checked {
  /** The draft as it was checked (an open document's object changes in place with every edit). */
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

/** Whether a document is a draft to check: enabled, of a draft language, and not one of the sources. */
function isDraft(doc: TextDocument, folder: SourceFolder, settings: Settings): boolean {
  if (!settings.enable || !settings.languages.includes(doc.languageId)) return false;
  // A source opened in the editor is not a draft: checked against itself it would be nothing but copies.
  const file = uriToPath(doc.uri);
  return file === null || !folder.isSource(file);
}

/** Checks one draft now; null when it is not a draft to check (disabled, another language, or one of the sources). */
export function checkDocument(doc: TextDocument, folder: SourceFolder, settings: Settings): Checked | null {
  if (!isDraft(doc, folder, settings)) return null;
  const draft = snapshot(doc);
  const corpusVersion = folder.corpus.version;
  const result = checkDraft(draft.getText(), formatOf(draft), folder.corpus, checkOptions(folder, settings));
  return present(draft, folder, corpusVersion, settings, result);
}

/**
 * checkDocument in slices of at most SLICE_MS, yielding to the event loop between them (other requests and edits are
 * served meanwhile). It gives up, with undefined, as soon as `stale` says the result is no longer wanted or the corpus
 * changed under it.
 */
export async function checkDocumentInSlices(
  doc: TextDocument,
  folder: SourceFolder,
  settings: Settings,
  stale: () => boolean,
  sliceMs = SLICE_MS,
): Promise<Checked | null | undefined> {
  if (!isDraft(doc, folder, settings)) return null;
  const draft = snapshot(doc);
  const corpusVersion = folder.corpus.version;
  const steps = checkDraftInSteps(draft.getText(), formatOf(draft), folder.corpus, checkOptions(folder, settings));
  const result = await inSlices(steps, sliceMs, () => stale() || folder.corpus.version !== corpusVersion);
  return result && present(draft, folder, corpusVersion, settings, result);
}

/**
 * Reads a draft (its analysis depends on nothing else) into the folder's cache while its sources are still loading, in
 * slices: the load's waits on the disk are put to use, and the check after the load starts with the analysis done.
 */
async function readDraftAhead(doc: TextDocument, folder: SourceFolder, settings: Settings, stale: () => boolean, sliceMs: number): Promise<void> {
  if (folder.complete || !isDraft(doc, folder, settings)) return;
  await inSlices(draftAnalysisInSteps(doc.getText(), formatOf(doc), matchCacheOf(folder)), sliceMs, () => stale() || folder.complete);
}

/** Runs steps in slices of at most sliceMs, yielding to the event loop between them; undefined once `stale` says so. */
async function inSlices<T>(steps: Steps<T>, sliceMs: number, stale: () => boolean): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (stale()) return undefined;
    sliceStart = performance.now();
  }
}

/** Longest stretch of checking between two turns of the event loop. */
const SLICE_MS = 10;

/**
 * A finding's fixes that settle when tried (see withSettledFixes), in slices; tried once per check, when first asked for.
 * Empty when `stale` says the check is no longer the document's.
 */
export function settledFixes(checked: Checked, finding: Finding, stale: () => boolean): Promise<readonly Fix[]> {
  return triedOnce(settledByFinding, finding, () => withSettledFixesInSteps(trialOf(checked), [finding]), (tried) => tried[0].fixes, checked, stale);
}
const settledByFinding = new WeakMap<Finding, Promise<readonly Fix[] | undefined>>();

/** The fixes of "fix all misquotes" for a check, that settle applied together (see settledFixAllInSteps). */
export function fixAllMisquoteFixes(checked: Checked, stale: () => boolean): Promise<readonly Fix[]> {
  return triedOnce(fixAllByCheck, checked, () => settledFixAllInSteps(trialOf(checked), checked.findings, 'misquote'), (picks) => picks.map((p) => p.fix), checked, stale);
}
const fixAllByCheck = new WeakMap<Checked, Promise<readonly Fix[] | undefined>>();

/** Runs a trial in slices once per key; a trial given up as stale is forgotten, to be run again if asked. */
async function triedOnce<K extends object, T>(
  memo: WeakMap<K, Promise<readonly Fix[] | undefined>>,
  key: K,
  steps: () => Steps<T>,
  fixesOf: (tried: T) => readonly Fix[],
  checked: Checked,
  stale: () => boolean,
): Promise<readonly Fix[]> {
  let tried = memo.get(key);
  if (!tried) {
    const given = () => stale() || checked.folder.corpus.version !== checked.corpusVersion;
    memo.set(key, (tried = inSlices(steps(), SLICE_MS, given).then((t) => t && fixesOf(t))));
  }
  const fixes = await tried;
  if (fixes === undefined) memo.delete(key);
  return fixes ?? [];
}

function trialOf(checked: Checked): FixTrial {
  return { text: checked.doc.getText(), format: checked.format, corpus: checked.folder.corpus, options: checkOptions(checked.folder, checked.settings) };
}

function checkOptions(folder: SourceFolder, settings: Settings) {
  return { uncreditedCopyMinWords: settings.uncreditedCopy.minWords, cache: matchCacheOf(folder) };
}

function snapshot(doc: TextDocument): TextDocument {
  return TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
}

/** What the writer is shown of a check: after ignore comments, severities and the empty-corpus rule. */
function present(doc: TextDocument, folder: SourceFolder, corpusVersion: number, settings: Settings, result: CheckResult): Checked {
  const text = doc.getText();
  const format = formatOf(doc);
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
 * Checks open drafts as they change: debounced per document, in slices that let the server answer requests meanwhile,
 * and never publishing a result for a version older than the newest (every change bumps the document's generation and
 * drops the scheduled check still running; a result is published only while its version is the document's own and no
 * check started later has published already).
 */
export class DraftChecker {
  private readonly results = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  /** Checks running, by document: a request for the version being checked waits for it rather than starting another. */
  private readonly running = new Map<string, { readonly key: CheckKey; readonly number: number; readonly done: Promise<Checked | null | undefined> }>();
  /** Checks are numbered as they start; per document, the number of the last one published. */
  private started = 0;
  private readonly publishedBy = new Map<string, number>();
  /** Scheduled checks whose timer has fired and which have not finished yet. */
  private runs = 0;

  /** `sliceMs`: the longest stretch of checking between two turns of the event loop (0 yields after every step). */
  constructor(
    private readonly host: DraftHost,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** Checks the document after the folder's debounce delay (or at once), replacing any pending check. */
  schedule(uri: string, immediately = false): void {
    const generation = this.bump(uri);
    const folder = this.host.folderFor(uri);
    void this.host
      .settingsFor(folder)
      .then((settings) => {
        if (this.generations.get(uri) !== generation) return;
        const delay = immediately ? 0 : settings.debounceMs;
        const timer = setTimeout(() => {
          if (this.timers.get(uri) === timer) this.timers.delete(uri);
          void this.run(uri, generation);
        }, delay);
        this.timers.set(uri, timer);
      })
      .catch((error) => this.host.log(`Could not schedule a check of ${uri}: ${describe(error)}`));
  }

  /** Forgets a closed document: pending checks are dropped and its diagnostics cleared. */
  forget(uri: string): void {
    this.bump(uri);
    this.results.delete(uri);
    this.publishedBy.set(uri, this.started++);
    this.host.publish(uri, null, null);
  }

  /** The check of the document's current text, computed now if the last one is stale. */
  async current(uri: string): Promise<Checked | null> {
    // A check given up because the corpus changed under it is started again on the new corpus.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!this.host.document(uri)) return null;
      const folder = this.host.folderFor(uri);
      await folder.ready.catch(() => undefined);
      const settings = await this.host.settingsFor(folder);
      const latest = this.host.document(uri);
      if (!latest) return null;
      const key = { version: latest.version, corpusVersion: folder.corpus.version, settings };
      const cached = this.results.get(uri);
      if (cached && sameKey(keyOf(cached), key)) return cached;
      const running = this.running.get(uri);
      const checked = running && sameKey(running.key, key) ? await running.done : await this.checkAndPublish(latest, folder, settings, () => false);
      if (checked !== undefined) return checked;
    }
    return null;
  }

  /** Whether a check is running or scheduled: work that can wait (saving the index cache) waits for it. */
  busy(): boolean {
    return this.timers.size > 0 || this.runs > 0 || this.running.size > 0;
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
      // At once, not in slices: the load changes the corpus between slices, which would give a sliced check up.
      if (doc && !folder.complete) this.publishIfNewest(uri, doc.version, this.started++, checkDocument(doc, folder, settings));
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
    this.runs++;
    try {
      const folder = this.host.folderFor(uri);
      const stale = () => this.generations.get(uri) !== generation;
      const early = this.host.document(uri);
      if (early && !folder.complete) await readDraftAhead(early, folder, await this.host.settingsFor(folder), stale, this.sliceMs);
      await folder.ready.catch(() => undefined);
      const settings = await this.host.settingsFor(folder);
      if (stale()) return;
      const doc = this.host.document(uri);
      if (doc) await this.checkAndPublish(doc, folder, settings, stale);
    } catch (error) {
      this.host.log(`Checking ${uri} failed: ${describe(error)}`);
    } finally {
      this.runs--;
    }
  }

  /** Checks the document's text as it is now; undefined when given up (stale, or the corpus changed under it). */
  private checkAndPublish(doc: TextDocument, folder: SourceFolder, settings: Settings, stale: () => boolean): Promise<Checked | null | undefined> {
    const uri = doc.uri;
    const number = this.started++;
    const key = { version: doc.version, corpusVersion: folder.corpus.version, settings };
    const done = (async () => {
      let checked: Checked | null | undefined;
      try {
        checked = await checkDocumentInSlices(doc, folder, settings, stale, this.sliceMs);
      } finally {
        if (this.running.get(uri)?.number === number) this.running.delete(uri);
      }
      if (checked !== undefined) this.publishIfNewest(uri, key.version, number, checked);
      return checked;
    })();
    this.running.set(uri, { key, number, done });
    return done;
  }

  /** Publishes check `number` only if it is of the document's current text and no later-started check was published. */
  private publishIfNewest(uri: string, version: number, number: number, checked: Checked | null): void {
    if (this.host.document(uri)?.version !== version || (this.publishedBy.get(uri) ?? -1) > number) return;
    this.publishedBy.set(uri, number);
    if (checked) this.results.set(uri, checked);
    else this.results.delete(uri);
    this.host.publish(uri, version, checked);
  }
}

/** What a check depends on besides the document: it is reusable while all three stay the same. */
interface CheckKey {
  readonly version: number;
  readonly corpusVersion: number;
  readonly settings: Settings;
}

const keyOf = (checked: Checked): CheckKey => ({ version: checked.doc.version, corpusVersion: checked.corpusVersion, settings: checked.settings });
const sameKey = (a: CheckKey, b: CheckKey): boolean => a.version === b.version && a.corpusVersion === b.corpusVersion && a.settings === b.settings;

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
