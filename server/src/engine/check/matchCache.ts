import { copiedRunSearchWords, copiedRunsIn, type CopiedRun } from '../align/copiedRuns';
import { findPassages, passageSearchWords, type PassageMatch } from '../align/match';
import type { Corpus, SourceModel } from '../corpus/corpus';
import type { DocumentAnalysis, Format, SourcePassage, Span } from '../types';
import { passageAt } from './sourceSpeaker';

/** Passages a quote's exact text matched, best first, and the corpus version they were found in. */
interface Entry {
  readonly version: number;
  readonly matches: readonly PassageMatch[];
}

/** Copied runs of one prose span, offsets relative to the span's start. */
interface RunsEntry {
  readonly version: number;
  readonly runs: readonly CopiedRun[];
}

/** A source passage and the corpus version it was read in. */
interface PassageEntry {
  readonly version: number;
  readonly passage: SourcePassage;
}

/** How many distinct quote texts (and prose spans) one cache remembers: far more than a draft holds, bounded for a long session. */
const CAPACITY = 5000;
/** How many draft analyses one cache keeps: the drafts open at once, give or take. */
const DRAFT_ANALYSES = 4;

/**
 * Matches depend only on a quote's text and the corpus, not on where the quote stands in the draft: an edit elsewhere
 * reuses them, and a changed corpus (a new version) invalidates them. The same holds for the source runs copied into
 * a stretch of unquoted prose, which depend on its text, the corpus and the shortest run reported.
 */
export class MatchCache {
  private readonly entries = new Map<string, Entry>();
  private readonly runs = new Map<string, RunsEntry>();
  private readonly sourcePassages = new Map<string, PassageEntry>();
  /** Analyses of draft texts by format and text: they depend on nothing else, so they outlive corpus versions. */
  private readonly drafts = new Map<string, DocumentAnalysis>();

  /** The analysis of a draft text kept by keepDraftAnalysis, if it is one of the last few. */
  draftAnalysis(text: string, format: Format): DocumentAnalysis | undefined {
    const key = `${format}\0${text}`;
    const hit = this.drafts.get(key);
    if (hit) remember(this.drafts, key, hit, DRAFT_ANALYSES);
    return hit;
  }

  keepDraftAnalysis(text: string, format: Format, analysis: DocumentAnalysis): void {
    remember(this.drafts, `${format}\0${text}`, analysis, DRAFT_ANALYSES);
  }

  /**
   * The index searches that finding these quote texts' passages and these prose spans' copied runs will make, leaving
   * out what the cache answers: for the retriever's prepare.
   */
  searchesFor(quoteTexts: readonly string[], text: string, prose: readonly Span[], corpus: Corpus, minWords: number): string[][] {
    const searches: string[][] = [];
    for (const quoteText of new Set(quoteTexts)) {
      if (this.entries.get(passagesKey(quoteText))?.version !== corpus.version) searches.push(passageSearchWords(quoteText));
    }
    for (const span of prose) {
      if (this.runs.get(runsKey(text, span, minWords))?.version !== corpus.version) searches.push(copiedRunSearchWords(text, span));
    }
    return searches;
  }

  passages(quoteText: string, corpus: Corpus): readonly PassageMatch[] {
    const key = passagesKey(quoteText);
    const hit = this.entries.get(key);
    if (hit && hit.version === corpus.version) {
      remember(this.entries, key, hit);
      return hit.matches;
    }
    const matches = findPassages(quoteText, corpus, 4);
    remember(this.entries, key, { version: corpus.version, matches });
    return matches;
  }

  /** The copied runs of text's prose span (as copiedRunsIn finds them), reused while the span's text is unchanged. */
  copiedRuns(text: string, span: Span, corpus: Corpus, minWords: number): CopiedRun[] {
    const key = runsKey(text, span, minWords);
    const shift = (runs: readonly CopiedRun[], by: number) =>
      runs.map((r) => ({ ...r, span: { start: r.span.start + by, end: r.span.end + by } }));
    const hit = this.runs.get(key);
    if (hit && hit.version === corpus.version) {
      remember(this.runs, key, hit);
      return shift(hit.runs, span.start);
    }
    const runs = copiedRunsIn(text, span, corpus, minWords);
    remember(this.runs, key, { version: corpus.version, runs: shift(runs, -span.start) });
    return runs;
  }

  /**
   * The passage of a source at a span, with its speaker (as passageAt reads it), reused while the corpus is unchanged:
   * the runs a long draft copies may come from more sources than the corpus keeps analysed at once, and an edited
   * paragraph finds the same runs again.
   */
  sourcePassage(model: SourceModel, span: Span, corpus: Corpus): SourcePassage {
    const key = `${model.doc.id}\0${span.start}\0${span.end}`;
    const hit = this.sourcePassages.get(key);
    if (hit && hit.version === corpus.version) {
      remember(this.sourcePassages, key, hit);
      return hit.passage;
    }
    const { passage } = passageAt(model, span);
    remember(this.sourcePassages, key, { version: corpus.version, passage });
    return passage;
  }
}

const passagesKey = (quoteText: string): string => quoteText.replace(/\s+/g, ' ');
const runsKey = (text: string, span: Span, minWords: number): string => `${minWords} ${text.slice(span.start, span.end)}`;

/** Sets key last in the map's order, which doubles as recency, and drops the least recent entry beyond capacity. */
function remember<V>(map: Map<string, V>, key: string, value: V, capacity = CAPACITY): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > capacity) map.delete(map.keys().next().value as string);
}
