import type { SourceModel } from '../corpus/corpus';
import type { AttributedQuotation, SourcePassage, Span } from '../types';

/** What a source passage is: someone's words, or the source's own narration. */
export type PassageVoice =
  | { readonly kind: 'quotation'; readonly quotation: AttributedQuotation }
  | { readonly kind: 'narration' }
  /** The passage runs across quotations of different speakers (an ellipsis joining two people's words). */
  | { readonly kind: 'mixed'; readonly speakers: readonly string[] };

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Who speaks a source passage: the innermost quotation holding it, when the passage lies mostly inside quotations.
 * A passage mostly outside quotation marks is narration: the source's own words, not anyone's quote.
 */
export function voiceOf(passage: Span, quotations: readonly AttributedQuotation[]): PassageVoice {
  const length = Math.max(1, passage.end - passage.start);
  const touching = quotations.filter((q) => overlap(q.inner, passage) > 0);
  const topLevel = touching.filter((q) => !touching.some((o) => o !== q && o.depth < q.depth && overlap(o.outer, q.outer) > 0));
  const quoted = topLevel.reduce((sum, q) => sum + overlap(q.inner, passage), 0);
  if (quoted * 2 < length) return { kind: 'narration' };
  const speakers = [...new Set(topLevel.map((q) => q.attribution.speaker).filter((s): s is string => s !== null))];
  if (speakers.length > 1) return { kind: 'mixed', speakers };
  // The innermost quotation that holds the whole passage speaks it, if the text says who that is.
  const holders = touching
    .filter((q) => q.inner.start <= passage.start && q.inner.end >= passage.end)
    .sort((a, b) => b.depth - a.depth);
  const holder = holders.find((q) => q.attribution.speaker !== null) ?? holders[0] ?? topLevel[0];
  return { kind: 'quotation', quotation: holder };
}

/** A source's file name, as messages name it (its id without folders). */
export const fileNameOf = (docId: string): string => docId.slice(docId.lastIndexOf('/') + 1);

/** The passage of a source at a span, with who speaks it there (and when, in a transcript). */
export function passageAt(model: SourceModel, span: Span): { voice: PassageVoice; passage: SourcePassage } {
  const voice = voiceOf(span, model.analysis.quotations);
  const quotation = voice.kind === 'quotation' ? voice.quotation : null;
  const passage: SourcePassage = {
    docId: model.doc.id,
    span,
    text: model.doc.text.slice(span.start, span.end),
    speaker: quotation?.attribution.speaker ?? null,
    timestamp: quotation?.timestamp ?? null,
  };
  return { voice, passage };
}
