import type { Corpus } from '../corpus/corpus';
import { tokenize } from '../text/tokenize';
import type { DocumentAnalysis, Finding, Span } from '../types';
import { creditForSource, wrapInQuotesFix } from './fixes';
import type { MatchCache } from './matchCache';
import { fileNameOf } from './sourceSpeaker';

/**
 * Source words copied into the draft's own prose: each run is a finding, with a fix that quotes and credits it. Runs
 * are found span by span through the cache, so after an edit only the changed stretch of prose is looked up again.
 */
export function findUncreditedCopies(draft: DocumentAnalysis, prose: readonly Span[], corpus: Corpus, minWords: number, cache: MatchCache): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose.flatMap((span) => cache.copiedRuns(draft.view.text, span, corpus, minWords))) {
    const model = corpus.get(run.docId);
    if (!model) continue;
    // Words of the prose only: a comment or markup inside the run is not copied text.
    const words = tokenize(draft.view.text, run.span);
    if (isTitleOrName(words.map((w) => draft.view.text.slice(w.start, w.end)))) continue;
    const passage = cache.sourcePassage(model, run.sourceSpan, corpus);
    const speaker = passage.speaker;
    const credit = speaker ?? creditForSource(model);
    findings.push({
      code: 'uncredited-copy',
      severity: 'warning',
      span: run.span,
      message: `Uncredited copy: these ${words.length} words are copied from ${fileNameOf(run.docId)}${speaker ? ` (${speaker}'s words)` : ''} without quotation marks.`,
      source: passage,
      fixes: [wrapInQuotesFix(draft, run.span, credit)],
      related: [],
      diff: null,
    });
  }
  return findings;
}

/** A run of capitalised words (a title, a list of names) is a shared name, not copied prose. */
function isTitleOrName(words: readonly string[]): boolean {
  const small = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'with']);
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small.has(w.toLowerCase()));
}
