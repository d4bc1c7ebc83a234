import type { Corpus } from '../corpus/corpus';
import { runSteps, type Steps } from '../steps';
import type { CheckResult, DocumentAnalysis, Finding, Fix, Format, TextEdit } from '../types';
import { checkDraftInSteps, draftAnalysisInSteps, type CheckOptions } from './check';
import { editedText } from './editedText';
import { MatchCache } from './matchCache';

// A fix is written from a forecast of how the draft will read once it is in: which marks will pair, where a credit
// will be read, which name a pronoun will take. Drafts are odd in more ways than those forecasts foresee, so every fix
// a writer is offered is first tried: applied, and the draft checked again. A fix after which the same kind of finding
// stands on that quote again would leave the writer where they were (or worse, with text changed for nothing): it is
// withheld, and the finding stays without it.

/** What a fix is tried against: the draft, its format, and the corpus and options it was checked with. */
export interface FixTrial {
  readonly text: string;
  readonly format: Format;
  readonly corpus: Corpus;
  readonly options: CheckOptions;
}

/** A finding and one of its fixes. */
export interface FixPick {
  readonly finding: Finding;
  readonly fix: Fix;
}

/** The findings with only the fixes that settle, each tried alone. */
export function withSettledFixes<F extends Finding>(trial: FixTrial, findings: readonly F[]): readonly F[] {
  return runSteps(withSettledFixesInSteps(trial, findings));
}

/** withSettledFixes, pausing within each re-check (see checkDraftInSteps). */
export function* withSettledFixesInSteps<F extends Finding>(trial: FixTrial, findings: readonly F[]): Steps<readonly F[]> {
  if (findings.every((f) => f.fixes.length === 0)) return findings;
  const draft = yield* readDraft(trial);
  const out: F[] = [];
  for (const finding of findings) {
    const fixes: Fix[] = [];
    for (const fix of finding.fixes) if ((yield* settlesTogether(draft, [{ finding, fix }])).length === 1) fixes.push(fix);
    out.push(fixes.length === finding.fixes.length ? finding : { ...finding, fixes });
  }
  return out;
}

/**
 * The preferred fixes of the findings with this code, as many as apply at once (none overlapping another), that
 * settle when all are applied together: "fix all misquotes". A fix that does not settle is left out and the rest tried
 * again, as leaving one out changes the text the others are read in.
 */
export function* settledFixAllInSteps(trial: FixTrial, findings: readonly Finding[], code: Finding['code']): Steps<FixPick[]> {
  const picks: FixPick[] = [];
  for (const finding of findings) {
    const fix = finding.code === code ? finding.fixes.find((f) => f.preferred) : undefined;
    const overlaps = fix?.edits.some((e) => picks.some((p) => p.fix.edits.some((t) => e.span.start < t.span.end && t.span.start < e.span.end)));
    if (fix && !overlaps) picks.push({ finding, fix });
  }
  if (picks.length === 0) return picks;
  const draft = yield* readDraft(trial);
  let kept = picks;
  for (;;) {
    const settled = yield* settlesTogether(draft, kept);
    if (settled.length === kept.length) return kept;
    kept = settled;
  }
}

/** A trial with a cache its re-checks share (quotes a fix leaves alone are not looked up again) and the draft's analysis. */
interface DraftOnTrial extends FixTrial {
  readonly options: CheckOptions & { readonly cache: MatchCache };
  readonly analysis: DocumentAnalysis;
}

function* readDraft(trial: FixTrial): Steps<DraftOnTrial> {
  const options = { ...trial.options, cache: trial.options.cache ?? new MatchCache() };
  return { ...trial, options, analysis: yield* draftAnalysisInSteps(trial.text, trial.format, options.cache) };
}

/** Of the picks, those whose finding is gone from its quote once all of them are applied and the draft re-checked. */
function* settlesTogether(draft: DraftOnTrial, picks: readonly FixPick[]): Steps<FixPick[]> {
  if (picks.length === 0) return [];
  const edits = picks.flatMap((p) => p.fix.edits).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let after: CheckResult;
  try {
    after = yield* checkDraftInSteps(editedText(draft.text, { start: 0, end: draft.text.length }, edits), draft.format, draft.corpus, draft.options);
  } catch {
    // A draft the engine cannot check once the fix is in is no place to send the writer.
    return [];
  }
  const revealed = revealedQuotes(draft.analysis, edits);
  return picks.filter(({ finding }) => !reportedAgain(after, finding, edits, revealed));
}

/**
 * Whether the re-check reports the finding's code on the same quote (or mention): one that starts or ends where the
 * finding's span went. A quotation nested in the quote, laid bare by removing the outer marks, is another quote.
 */
function reportedAgain(after: CheckResult, finding: Finding, edits: readonly TextEdit[], revealed: ReadonlySet<string>): boolean {
  const start = mapOffset(finding.span.start, edits, false);
  const end = mapOffset(finding.span.end, edits, true);
  return after.findings.some((f) => f.code === finding.code && (f.span.start === start || f.span.end === end) && !revealed.has(`${f.span.start}-${f.span.end}`));
}

function revealedQuotes(before: DocumentAnalysis, edits: readonly TextEdit[]): Set<string> {
  const nested = before.quotations.filter((q) => q.depth > 0);
  return new Set(nested.map((q) => `${mapOffset(q.inner.start, edits, false)}-${mapOffset(q.inner.end, edits, true)}`));
}

/**
 * Where an offset lands once the edits (sorted, not overlapping) are applied. An insertion at the offset pushes it
 * right when `after` (an end stays after text written at it); an offset inside a replaced span goes to the replacement's end.
 */
function mapOffset(offset: number, edits: readonly TextEdit[], after: boolean): number {
  let shift = 0;
  for (const edit of edits) {
    const { start, end } = edit.span;
    if (end < offset || (end === offset && (start < offset || after))) shift += edit.newText.length - (end - start);
    else if (start < offset) return start + shift + edit.newText.length;
  }
  return offset + shift;
}
