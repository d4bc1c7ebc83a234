import type { PassageMatch } from '../align/match';
import { samePerson } from '../attribution/names';
import type { Corpus, SourceModel } from '../corpus/corpus';
import type { AttributedQuotation, DocumentAnalysis, Finding, Fix, QuoteReport, QuoteStatus, SourcePassage } from '../types';
import { attributionFix, creditForSource, creditSourceFix, removeMarksFix, renameFix, writtenMarks } from './fixes';
import { rewordFix } from './rewordFix';
import { describeDiff } from './describeDiff';
import { draftPeople } from './draftPeople';
import type { MatchCache } from './matchCache';
import { fileNameOf, passageAt, type PassageVoice, voiceOf } from './sourceSpeaker';

export interface Verdict {
  readonly report: QuoteReport;
  readonly findings: Finding[];
}

interface Located {
  readonly match: PassageMatch;
  readonly model: SourceModel;
  readonly voice: PassageVoice;
  readonly passage: SourcePassage;
}


/**
 * The verdict on one draft quotation: where its words stand in the sources, whether they are what was said, by whom,
 * and the fixes. A term in scare quotes gets a verdict only when a source quotes those exact words.
 */
export function judgeQuotation(
  draft: DocumentAnalysis,
  quotation: AttributedQuotation,
  corpus: Corpus,
  cache: MatchCache,
  isTerm: boolean,
): Verdict | null {
  const quoteText = draft.view.original.slice(quotation.inner.start, quotation.inner.end);
  // The words are matched as the adapter reads them: markup and commands blanked, LaTeX's \ldots an ellipsis.
  const quoteWords = draft.view.text.slice(quotation.inner.start, quotation.inner.end);
  const draftSpeaker = quotation.attribution.speaker;
  const located = preferDraftSpeaker(locateAll(cache.passages(quoteWords, corpus), corpus), draftSpeaker, draft);
  const best = located[0];
  if (isTerm && !(best?.match.exact && best.voice.kind === 'quotation')) return null;
  const report = (status: QuoteStatus, speaker: string | null, source: SourcePassage | null): QuoteReport => ({
    span: quotation.inner,
    text: quoteText,
    status,
    speaker,
    draftSpeaker,
    source,
  });
  if (!best) {
    if (corpus.size === 0) return { report: report('not-found', null, null), findings: [] };
    return { report: report('not-found', null, null), findings: [notFound(quotation, corpus.size)] };
  }
  const { match, voice, passage } = best;
  if (voice.kind === 'narration' && !creditsSource(draft, quotation, best.model)) {
    return { report: report('not-a-quote', null, passage), findings: [notAQuote(draft, quotation, best)] };
  }
  const speaker = passage.speaker;
  const findings: Finding[] = [];
  if (voice.kind === 'mixed') findings.push(mixedSpeakers(quotation, best, voice.speakers));
  else if (!match.exact) findings.push(misquote(draft, quotation, best, located));
  if (isTerm) return { report: report('verified', speaker, passage), findings };
  if (speaker !== null && draftSpeaker !== null && !draftPeople(draft).same(draftSpeaker, speaker)) {
    const renamable = sharersAgree(draft, quotation, speaker, corpus, cache);
    findings.push(misattribution(draft, quotation, speaker, draftSpeaker, best, located, renamable));
  } else if (speaker !== null && draftSpeaker === null && findings.length === 0) {
    findings.push(unattributed(draft, quotation, speaker, best));
  }
  const status: QuoteStatus = findings.some((f) => f.code === 'misquote') ? 'misquote' : 'verified';
  return { report: report(status, speaker, passage), findings };
}

/**
 * Among passages that match equally well, the one crediting the person the draft credits comes first: when two
 * sources quote the same words, the draft is right if either of them agrees with it.
 */
function preferDraftSpeaker(located: Located[], draftSpeaker: string | null, draft: DocumentAnalysis): Located[] {
  const best = located[0];
  if (!best || draftSpeaker === null) return located;
  const people = draftPeople(draft);
  const agrees = located.find(
    (l) =>
      l.match.exact === best.match.exact &&
      l.match.similarity === best.match.similarity &&
      l.passage.speaker !== null &&
      people.same(l.passage.speaker, draftSpeaker),
  );
  return agrees ? [agrees, ...located.filter((l) => l !== agrees)] : located;
}

/** Located passages by the cached match list they came from: the same list means the same corpus version. */
const locatedByMatches = new WeakMap<readonly PassageMatch[], Located[]>();

function locateAll(matches: readonly PassageMatch[], corpus: Corpus): Located[] {
  let located = locatedByMatches.get(matches);
  if (!located) {
    located = matches.map((match) => locate(match, corpus)).filter((l): l is Located => l !== null);
    locatedByMatches.set(matches, located);
  }
  return located;
}

function locate(match: PassageMatch, corpus: Corpus): Located | null {
  const model = corpus.get(match.docId);
  return model ? { match, model, ...passageAt(model, match.span) } : null;
}

function finding(
  code: Finding['code'],
  severity: Finding['severity'],
  quotation: AttributedQuotation,
  message: string,
  located: Located | null,
  fixes: Fix[] = [],
  related: SourcePassage[] = [],
): Finding {
  return {
    code,
    severity,
    span: quotation.inner,
    message,
    source: located?.passage ?? null,
    fixes,
    related,
    diff: located && !located.match.exact ? located.match.diff : null,
  };
}

function notFound(quotation: AttributedQuotation, sourceCount: number): Finding {
  const sources = sourceCount === 1 ? '1 source' : `${sourceCount} sources`;
  return finding('quote-not-found', 'warning', quotation, `Quote not found in any source (${sources} checked).`, null);
}

function misquote(draft: DocumentAnalysis, quotation: AttributedQuotation, best: Located, all: readonly Located[]): Finding {
  const changes = describeDiff(best.match.diff);
  const who = best.passage.speaker ? `${best.passage.speaker}, in ${fileNameOf(best.match.docId)}` : fileNameOf(best.match.docId);
  // Other passages just as close are offered too: the writer knows which one was meant.
  const ties = all.filter(
    (l) => l !== best && !l.match.exact && l.match.similarity === best.match.similarity && l.match.fixText !== best.match.fixText,
  );
  const fixes: Fix[] = [best, ...ties].flatMap((l, i) =>
    joinsSpeakers(l) ? [] :
    rewordFix(draft, quotation, l.match.fixText, ties.length ? `Use the wording of ${fileNameOf(l.match.docId)}: "${l.match.fixText}"` : 'Use the exact source wording', i === 0 && ties.length === 0) ?? [],
  );
  const tieNote = ties.length ? ` ${ties.length + 1} source passages are equally close.` : '';
  const message = `Misquote: ${changes.join('; ') || 'the wording differs from the source'} (${who}).${tieNote}`;
  return finding('misquote', best.match.meaningChanged ? 'error' : 'warning', quotation, message, best, fixes, ties.map((l) => l.passage));
}

/**
 * Whether the source wording would join two people's words: the quote's words moved from another speaker's quotation,
 * which the wording brings back where the source has them, next to the passage's.
 */
function joinsSpeakers({ match, model }: Located): boolean {
  if (match.moved.length === 0) return false;
  const speakers = new Set<string>();
  for (const span of [match.span, ...match.moved]) {
    const voice = voiceOf(span, model.analysis.quotations);
    if (voice.kind === 'mixed') return true;
    if (voice.kind === 'quotation' && voice.quotation.attribution.speaker !== null) speakers.add(voice.quotation.attribution.speaker);
  }
  return speakers.size > 1;
}

function mixedSpeakers(quotation: AttributedQuotation, best: Located, speakers: readonly string[]): Finding {
  const message = `Misquote: this quote joins the words of ${speakers.join(' and ')} into one quotation (${fileNameOf(best.match.docId)}).`;
  return finding('misquote', 'warning', quotation, message, best);
}

function misattribution(
  draft: DocumentAnalysis,
  quotation: AttributedQuotation,
  speaker: string,
  draftSpeaker: string,
  best: Located,
  all: readonly Located[],
  renamable: boolean,
): Finding {
  const mention = quotation.attribution.mention;
  const rename = mention && renamable ? renameFix(draft, mention, speaker) : null;
  const fixes: Fix[] = rename ? [rename] : [];
  const others = otherSpeakers(all, speaker);
  const also = others.length ? ` Other sources credit ${others.map((l) => `${l.passage.speaker} (${fileNameOf(l.match.docId)})`).join(', ')}.` : '';
  const message = `Misattribution: ${fileNameOf(best.match.docId)} credits these words to ${speaker}, not ${draftSpeaker}.${also}`;
  // A mention shared with a quotation whose source credits someone else cannot be renamed for this one, and is often
  // right for that other one: the finding marks this quotation's own words instead.
  const span = mention && renamable ? mention.span : quotation.inner;
  return { ...finding('misattribution', 'warning', quotation, message, best, fixes, others.map((l) => l.passage)), span };
}

function unattributed(draft: DocumentAnalysis, quotation: AttributedQuotation, speaker: string, best: Located): Finding {
  const others = otherSpeakers([best], speaker);
  const fix = attributionFix(draft, quotation, speaker, best.voice.kind === 'quotation' ? best.voice.quotation.attribution.cue : null);
  const message = `Unattributed quote: ${fileNameOf(best.match.docId)} credits these words to ${speaker}.`;
  return finding('unattributed-quote', 'information', quotation, message, best, fix ? [fix] : [], others.map((l) => l.passage));
}

function notAQuote(draft: DocumentAnalysis, quotation: AttributedQuotation, best: Located): Finding {
  // A transcript turn has no marks to remove: its label makes it the speaker's words.
  const fixes = quotation.openMark ? [removeMarksFix(draft, quotation)] : [];
  // A credit after an unclosed quotation would land inside it.
  if (quotation.closeMark !== null) fixes.push(creditSourceFix(draft, quotation, creditForSource(best.model)));
  const message = `Not a quote: in ${fileNameOf(best.match.docId)} these words are the writer's narration, not anyone's words.`;
  return finding('not-a-quote', 'warning', quotation, message, best, fixes);
}

/**
 * Whether the draft credits the source document itself with the quoted words: its speaker is the source's author,
 * outlet or title, or a parenthesis right after the quote names it (as the "credit the source" fix writes). Then the
 * source's narration is fairly quoted, from the source, not put in someone's mouth.
 */
function creditsSource(draft: DocumentAnalysis, quotation: AttributedQuotation, model: SourceModel): boolean {
  const names = [creditForSource(model), model.meta.title, model.meta.author, model.meta.outlet]
    .filter((n): n is string => !!n)
    .map((n) => n.toLowerCase());
  const speaker = quotation.attribution.speaker?.toLowerCase();
  // After the closing mark as written (LaTeX's '' is one mark and a blank in the prose view).
  const after = writtenMarks(draft, quotation).close?.end ?? quotation.outer.end;
  const parenthesis = /^[,.;:!?]?\s*\(([^()\n]*)\)/.exec(draft.view.original.slice(after, after + 300))?.[1].trim().toLowerCase();
  return names.some((n) => n === speaker || n === parenthesis);
}

/**
 * Whether renaming the quotation's mention is right for every quotation that shares it ("…,” Putin said. “…”): only
 * when the sources give each of them to the same speaker; otherwise the rename would misattribute the others.
 */
function sharersAgree(draft: DocumentAnalysis, quotation: AttributedQuotation, speaker: string, corpus: Corpus, cache: MatchCache): boolean {
  const mention = quotation.attribution.mention;
  if (!mention) return true;
  return (sharersByMention(draft).get(mention.span.start) ?? [])
    .filter((q) => q !== quotation)
    .every((q) => {
      const [match] = cache.passages(draft.view.original.slice(q.inner.start, q.inner.end), corpus);
      const other = match && locate(match, corpus);
      return !other || other.passage.speaker === null || samePerson(other.passage.speaker, speaker);
    });
}

const sharersByDraft = new WeakMap<DocumentAnalysis, Map<number, AttributedQuotation[]>>();

/** The draft's checked quotations by where their mention starts, gathered once a draft. */
function sharersByMention(draft: DocumentAnalysis): Map<number, AttributedQuotation[]> {
  let byStart = sharersByDraft.get(draft);
  if (!byStart) {
    byStart = new Map();
    for (const q of draft.quotations) {
      const start = q.attribution.mention?.span.start;
      if (start === undefined || q.depth !== 0 || q.inner.end <= q.inner.start) continue;
      const list = byStart.get(start);
      if (list) list.push(q);
      else byStart.set(start, [q]);
    }
    sharersByDraft.set(draft, byStart);
  }
  return byStart;
}

/** Passages with the same words that other sources credit to someone else. */
function otherSpeakers(all: readonly Located[], speaker: string): Located[] {
  return all.filter((l) => l.passage.speaker !== null && l.match.exact && !samePerson(l.passage.speaker, speaker));
}
