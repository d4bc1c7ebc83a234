import type { Corpus } from '../corpus/corpus';
import type { DiffOp, Span } from '../types';

/** How a draft's quotation stands against one source passage. */
export interface PassageMatch {
  readonly docId: string;
  /** The source text the quote's words align with, from the first aligned word to the last. */
  readonly span: Span;
  /** Word-level diff, in draft order: what the draft has against what the source says. */
  readonly diff: readonly DiffOp[];
  /** True when every difference is an allowed editorial one (first-letter case, end punctuation, ellipsis, brackets, [sic]). */
  readonly exact: boolean;
  /** Share of the quote's words found, in order, in the passage: 0 to 1. */
  readonly similarity: number;
  /** A changed number or negation: the quote says something the source does not. */
  readonly meaningChanged: boolean;
  /** Replacement for the draft's inner text that restores the source wording, keeping the writer's allowed edits. */
  readonly fixText: string;
}

export interface CopiedRun {
  /** The copied words in the draft. */
  readonly span: Span;
  readonly docId: string;
  readonly sourceSpan: Span;
}

// Placeholder until alignment lands.
export function findPassages(_quoteText: string, _corpus: Corpus, _limit = 3): PassageMatch[] {
  return [];
}

// Placeholder until alignment lands.
export function findCopiedRuns(_text: string, _prose: readonly Span[], _corpus: Corpus, _minWords: number): CopiedRun[] {
  return [];
}
