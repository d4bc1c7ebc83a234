import type { Corpus } from '../corpus/corpus';
import { tokenize } from '../text/tokenize';
import type { Span, Token } from '../types';

export interface CopiedRun {
  /** The copied words in the draft. */
  readonly span: Span;
  readonly docId: string;
  readonly sourceSpan: Span;
}

/** Draft words looked up at a time; consecutive chunks overlap so every run of minWords lies wholly in one. */
const CHUNK_WORDS = 32;
/** Passages retrieved per chunk. */
const HITS_PER_CHUNK = 8;

/**
 * Runs of at least minWords consecutive words of unquoted prose that stand verbatim (after normalisation) in a source.
 * The index proposes passages for each chunk of prose; shared runs are found on that small window and extended both
 * ways over the whole prose span and source. One run is kept per draft stretch (the first source found, by retrieval
 * rank), and runs lying inside a longer one are dropped.
 */
export function findCopiedRuns(text: string, prose: readonly Span[], corpus: Corpus, minWords: number): CopiedRun[] {
  return prose.flatMap((span) => copiedRunsIn(text, span, corpus, minWords)).sort((a, b) => a.span.start - b.span.start);
}

/**
 * The copied runs of one prose span, in text order. They depend only on the span's own text (its words are read
 * inside it, and runs never leave it), the corpus and minWords, so a caller may reuse them while those stay the same.
 */
export function copiedRunsIn(text: string, span: Span, corpus: Corpus, minWords: number): CopiedRun[] {
  const runs: CopiedRun[] = [];
  const size = Math.max(CHUNK_WORDS, 2 * minWords);
  // A copied run of minWords words casts at least this many word-triple votes; weaker passages cannot hold one.
  const minVotes = Math.max(1, minWords - 2);
  const draft = tokenize(text, span);
  // Searched in chunks of these words: copiedRunSearchWords announces them all.
  const seen = new Set<string>();
  for (let at = 0; at + minWords <= draft.length; at += size - minWords + 1) {
    const chunk = draft.slice(at, at + size);
    for (const hit of corpus.retriever.search(chunk.map((t) => t.norm), HITS_PER_CHUNK)) {
      if (hit.score < minVotes) continue;
      const model = corpus.get(hit.docId);
      if (!model) continue;
      const lo = Math.max(0, hit.wordStart - size);
      const hi = Math.min(model.tokens.length, hit.wordEnd + size);
      for (const [d, s, length] of sharedRuns(draft, at, chunk.length, model.tokens, lo, hi, minWords)) {
        const key = `${d}:${length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        runs.push({
          span: { start: draft[d].start, end: draft[d + length - 1].end },
          docId: hit.docId,
          sourceSpan: { start: model.tokens[s].start, end: model.tokens[s + length - 1].end },
        });
      }
    }
  }
  // Runs of different spans never overlap, so dropping the runs inside a longer one is done span by span.
  return runs
    .filter((r) => !runs.some((o) => o !== r && o.span.start <= r.span.start && o.span.end >= r.span.end && (o.span.end - o.span.start > r.span.end - r.span.start)))
    .sort((a, b) => a.span.start - b.span.start);
}

/** The words copiedRunsIn searches the index for (in chunks of them), to announce the searches (see Retriever.prepare). */
export function copiedRunSearchWords(text: string, span: Span): string[] {
  return tokenize(text, span).map((t) => t.norm);
}

/**
 * Maximal runs [draft index, source index, length] of equal words between the chunk draft[at, at + n) and the source
 * window tokens[lo, hi), each extended beyond the chunk and the window as far as the words stay equal.
 */
function sharedRuns(draft: readonly Token[], at: number, n: number, tokens: readonly Token[], lo: number, hi: number, minWords: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  const width = hi - lo;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) {
      current[j + 1] = draft[at + i].norm === tokens[lo + j].norm ? previous[j] + 1 : 0;
      // A run ends here when the next pair differs or either side ends; report it once, at its end.
      const ends = i + 1 === n || j + 1 === width || draft[at + i + 1].norm !== tokens[lo + j + 1].norm;
      if (current[j + 1] > 0 && ends) {
        let d = at + i - current[j + 1] + 1;
        let s = lo + j - current[j + 1] + 1;
        let e = 1;
        while (d > 0 && s > 0 && draft[d - 1].norm === tokens[s - 1].norm) [d, s] = [d - 1, s - 1];
        while (at + i + e < draft.length && lo + j + e < tokens.length && draft[at + i + e].norm === tokens[lo + j + e].norm) e++;
        const length = at + i + e - d;
        if (length >= minWords) out.push([d, s, length]);
      }
    }
    [previous, current] = [current, previous];
  }
  return out;
}
