import { analyzeDocumentInSteps } from '../analyze';
import { runSteps, type Steps } from '../steps';
import type { Corpus } from '../corpus/corpus';
import { scanWords } from '../text/tokenize';
import type { AttributedQuotation, CheckResult, DocumentAnalysis, Finding, Format, QuoteReport, Span } from '../types';
import { judgeQuotation } from './judgeQuotation';
import { keepsLineReading } from './keepsLineReading';
import { MatchCache } from './matchCache';
import { findUncreditedCopies } from './uncreditedCopy';

export interface CheckOptions {
  /** Shortest run of consecutive source words, outside quotation marks, reported as uncredited copying. */
  readonly uncreditedCopyMinWords: number;
  /** Reuses passage matches across checks of the same corpus version (keep one per editor session). */
  readonly cache?: MatchCache;
}

/**
 * A quotation of at most this many words with no speech cue of its own (the so-called "peace plan") is a term in
 * scare quotes, not a quote to verify; a speaker guessed from the neighbouring sentences does not make it one.
 */
const SCARE_QUOTE_MAX_WORDS = 2;

/** Checks every quotation of a draft against the corpus, and the draft's unquoted prose for copied source text. */
export function checkDraft(text: string, format: Format, corpus: Corpus, options: CheckOptions): CheckResult {
  return runSteps(checkDraftInSteps(text, format, corpus, options));
}

/**
 * checkDraft one step at a time: it pauses within the analysis (see analyzeDocumentInSteps), after each quotation and
 * after each stretch of prose, so that a caller can let other work run in between, or drop the check when the draft
 * has changed. The cache keeps the analysis of the last few draft texts: a check dropped because the sources changed
 * under it, and started again, does not read the draft again.
 */
export function* checkDraftInSteps(text: string, format: Format, corpus: Corpus, options: CheckOptions): Steps<CheckResult> {
  const cache = options.cache ?? new MatchCache();
  const draft = yield* draftAnalysisInSteps(text, format, cache);
  yield;
  const quotes: QuoteReport[] = [];
  const findings: Finding[] = [];
  const checked = draft.quotations.filter((q) => q.depth === 0 && q.inner.end > q.inner.start);
  const prose = corpus.size > 0 ? unquotedProse(draft.view.text, draft.quotations) : [];
  announceSearches(draft, checked, prose, corpus, options.uncreditedCopyMinWords, cache);
  for (const quotation of checked) {
    let wordCount = 0;
    scanWords(draft.view.text, quotation.inner, () => wordCount++);
    if (wordCount === 0) continue;
    const isTerm = wordCount <= SCARE_QUOTE_MAX_WORDS && quotation.attribution.cue === null;
    const verdict = judgeQuotation(draft, quotation, corpus, cache, isTerm);
    yield;
    if (!verdict) continue;
    quotes.push(verdict.report);
    findings.push(...verdict.findings);
  }
  findings.push(...unclosedQuoteHints(draft));
  for (const span of prose) {
    findings.push(...findUncreditedCopies(draft, [span], corpus, options.uncreditedCopyMinWords, cache));
    yield;
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { quotes, findings: findings.map((f) => withFixesThatKeepLines(draft, f)) };
}

/**
 * Tells the retriever the searches this check will make (those the cache cannot answer), so it can ready them at once:
 * each quotation's words as the adapter reads them and as written (judgeQuotation searches both), and the prose.
 */
function announceSearches(draft: DocumentAnalysis, checked: readonly AttributedQuotation[], prose: readonly Span[], corpus: Corpus, minWords: number, cache: MatchCache): void {
  corpus.retriever.prepare?.(() => {
    const quoteTexts = checked.flatMap((q) => [draft.view.text.slice(q.inner.start, q.inner.end), draft.view.original.slice(q.inner.start, q.inner.end)]);
    return cache.searchesFor(quoteTexts, draft.view.text, prose, corpus, minWords);
  });
}

/** The finding without the fixes after which the draft's lines would be read otherwise (see keepsLineReading). */
function withFixesThatKeepLines(draft: DocumentAnalysis, finding: Finding): Finding {
  const fixes = finding.fixes.filter((fix) => keepsLineReading(draft, fix));
  return fixes.length === finding.fixes.length ? finding : { ...finding, fixes };
}

/** The draft's analysis, from the cache if it kept one of this text, else computed in steps and kept there. */
export function* draftAnalysisInSteps(text: string, format: Format, cache: MatchCache): Steps<DocumentAnalysis> {
  const kept = cache.draftAnalysis(text, format);
  if (kept) return kept;
  const draft = yield* analyzeDocumentInSteps(text, format);
  cache.keepDraftAnalysis(text, format, draft);
  return draft;
}

function unclosedQuoteHints(draft: DocumentAnalysis): Finding[] {
  return draft.strayMarks.map((span) => ({
    code: 'unclosed-quote' as const,
    severity: 'hint' as const,
    span,
    message: 'This quotation mark is never closed: the quotation is read up to the end of its paragraph.',
    source: null,
    fixes: [],
    related: [],
    diff: null,
  }));
}

/** The stretches of text outside every quotation (marks included), where copied source words need quotation marks. */
export function unquotedProse(text: string, quotations: readonly AttributedQuotation[]): Span[] {
  const outers = quotations.filter((q) => q.depth === 0).map((q) => q.outer).sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let at = 0;
  for (const outer of outers) {
    if (outer.start > at) spans.push({ start: at, end: outer.start });
    at = Math.max(at, outer.end);
  }
  if (at < text.length) spans.push({ start: at, end: text.length });
  return spans;
}
